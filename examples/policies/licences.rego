# Licence rules, as a corporate open-source review sets them:
# - every licence choice must have one alternative (an `OR` branch) made only of approved
#   licences, otherwise the component needs legal review (error);
# - weak copyleft (LGPL, MPL, EPL, CDDL) anywhere in an expression is a warning, to check how
#   the component is linked;
# - a component must declare a licence (warning).
package traceguard

import rego.v1

approved := {
	"0BSD", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "BSL-1.0", "CC0-1.0", "ISC", "MIT",
	"MIT-0", "Python-2.0", "Unicode-3.0", "Unicode-DFS-2016", "Unlicense", "Zlib",
}

weak_copyleft(id) if regex.match(`^(LGPL|MPL|EPL|CDDL)-[0-9.]+(-only|-or-later|\+)?$`, id)

# The licence ids of an expression (or of one alternative): parentheses and operators removed.
ids(expression) := {token |
	some token in split(replace(replace(expression, "(", " "), ")", " "), " ")
	token != ""
	not token in {"AND", "OR", "WITH"}
}

# An alternative every id of which is approved (an exception after WITH needs approval too).
acceptable(expression) if {
	some alternative in split(expression, " OR ")
	every id in ids(alternative) {
		id in approved
	}
}

label(c) := sprintf("%s@%s", [c.name, c.version]) if c.version

label(c) := c.name if not c.version

deny contains {
	"rule_id": "license/not-approved",
	"component_ref": c.bom_ref,
	"message": sprintf("%s is licensed under %s, which has no approved alternative", [label(c), expression]),
	"remediation": "ask legal for a review, or replace the component",
} if {
	some c in input.components
	some expression in c.licenses
	not acceptable(expression)
}

deny contains {
	"rule_id": "license/weak-copyleft",
	"severity": "warning",
	"component_ref": c.bom_ref,
	"message": sprintf("%s is licensed under %s (weak copyleft): check how it is linked", [label(c), expression]),
} if {
	some c in input.components
	some expression in c.licenses
	some id in ids(expression)
	weak_copyleft(id)
}

deny contains {
	"rule_id": "license/missing",
	"severity": "warning",
	"component_ref": c.bom_ref,
	"message": sprintf("%s declares no licence", [label(c)]),
	"remediation": "add the licence to the SBOM as an SPDX expression",
} if {
	some c in input.components
	count(c.licenses) == 0
}
