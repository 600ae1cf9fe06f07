# Banned packages: releases with known critical vulnerabilities (below their first fixed
# version) and releases that shipped malware.
package traceguard

import rego.v1

vulnerable := [
	{"type": "maven", "namespace": "org.apache.logging.log4j", "name": "log4j-core", "fixed": "2.17.1", "advisory": "CVE-2021-44228 (Log4Shell)"},
	{"type": "maven", "name": "tomcat-catalina", "fixed": "9.0.31", "advisory": "CVE-2020-1938 (Ghostcat)"},
	{"type": "maven", "namespace": "org.apache.jena", "name": "apache-jena", "fixed": "4.2.0", "advisory": "CVE-2021-39239"},
	{"type": "npm", "name": "lodash", "fixed": "4.17.21", "advisory": "CVE-2021-23337"},
]

malicious := {
	"pkg:npm/event-stream@3.3.6",
	"pkg:npm/ua-parser-js@0.7.29",
	"pkg:pypi/ctx@0.2.6",
}

# type, namespace, name and version of a purl (qualifiers and subpath dropped).
coordinates(purl) := {"type": m[1], "namespace": namespace, "name": parts[count(parts) - 1], "version": m[3]} if {
	m := regex.find_all_string_submatch_n(`^pkg:([A-Za-z0-9.+-]+)/([^@?#]+)@([^?#]+)`, purl, 1)[0]
	parts := split(m[2], "/")
	namespace := concat("/", array.slice(parts, 0, count(parts) - 1))
}

matches(coords, advisory) if {
	coords.type == advisory.type
	coords.name == advisory.name
	object.get(advisory, "namespace", coords.namespace) == coords.namespace
}

deny contains {
	"rule_id": "banned/vulnerable",
	"component_ref": c.bom_ref,
	"message": sprintf("%s %s is affected by %s", [coords.name, coords.version, advisory.advisory]),
	"remediation": sprintf("upgrade to %s or later", [advisory.fixed]),
} if {
	some c in input.components
	coords := coordinates(c.purl)
	some advisory in vulnerable
	matches(coords, advisory)
	semver.is_valid(coords.version)
	semver.compare(coords.version, advisory.fixed) < 0
}

deny contains {
	"rule_id": "banned/malicious",
	"component_ref": c.bom_ref,
	"message": sprintf("%s is a release that shipped malware", [c.purl]),
	"remediation": "remove it and rotate any credentials the build could reach",
} if {
	some c in input.components
	split(split(c.purl, "?")[0], "#")[0] in malicious
}
