# Provenance presence, as supply-chain frameworks (SLSA, NTIA minimum elements) ask for:
# every package has a package URL and a strong hash, suppliers are named, and the SBOM says
# which tool made it and when.
package traceguard

import rego.v1

strong := {"SHA256", "SHA384", "SHA512", "SHA3256", "SHA3384", "SHA3512", "BLAKE2B256", "BLAKE2B384", "BLAKE2B512", "BLAKE3"}

normalised(algorithm) := replace(upper(algorithm), "-", "")

label(c) := sprintf("%s@%s", [c.name, c.version]) if c.version

label(c) := c.name if not c.version

deny contains {
	"rule_id": "provenance/no-strong-hash",
	"component_ref": c.bom_ref,
	"message": sprintf("%s has no SHA-256 or stronger hash", [label(c)]),
	"remediation": "record a SHA-256 (or stronger) digest of the artifact",
} if {
	some c in input.components
	count({h | some h in c.hashes; normalised(h.algorithm) in strong}) == 0
}

deny contains {
	"rule_id": "provenance/no-purl",
	"component_ref": c.bom_ref,
	"message": sprintf("%s has no package URL", [label(c)]),
	"remediation": "identify the package with a purl",
} if {
	some c in input.components
	c.kind != "file"
	not c.purl
}

deny contains {
	"rule_id": "provenance/no-supplier",
	"severity": "warning",
	"component_ref": c.bom_ref,
	"message": sprintf("%s names no supplier", [label(c)]),
} if {
	some c in input.components
	c.kind != "file"
	not c.supplier
}

deny contains {
	"rule_id": "provenance/no-tool",
	"message": "the SBOM does not name the tool that produced it",
} if count(input.document.tools) == 0

deny contains {
	"rule_id": "provenance/no-timestamp",
	"message": "the SBOM has no creation time",
} if not input.document.created
