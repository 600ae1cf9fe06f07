//! A JSON Schema (draft-07) validator for the keywords NIST's OSCAL schemas use, so the OSCAL
//! output can be checked against the official schema without another crate in the build.
//! Any keyword it does not know makes it panic rather than pass silently.

use std::collections::HashMap;

use regex::Regex;
use serde_json::Value;

/// Keywords that only annotate.
const ANNOTATIONS: &[&str] = &[
    "title",
    "description",
    "$id",
    "$schema",
    "$comment",
    "contentEncoding",
    "definitions",
];

/// A compiled schema document.
pub struct Schema {
    root: Value,
    /// `$id` values of the form `#name`, mapped to their subschema.
    anchors: HashMap<String, Value>,
    patterns: std::cell::RefCell<HashMap<String, Regex>>,
}

impl Schema {
    /// Wraps a schema document.
    pub fn new(root: Value) -> Self {
        let mut anchors = HashMap::new();
        collect_anchors(&root, &mut anchors);
        Schema {
            root,
            anchors,
            patterns: Default::default(),
        }
    }

    /// Every violation of `instance`, as `pointer: what`.
    pub fn validate(&self, instance: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        self.check(&self.root, instance, "", &mut errors);
        errors
    }

    fn resolve(&self, reference: &str) -> &Value {
        if let Some(pointer) = reference.strip_prefix("#/") {
            return self
                .root
                .pointer(&format!("/{pointer}"))
                .unwrap_or_else(|| panic!("unresolvable $ref {reference}"));
        }
        self.anchors
            .get(reference)
            .unwrap_or_else(|| panic!("unresolvable $ref {reference}"))
    }

    fn check(&self, schema: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
        let Value::Object(s) = schema else {
            if schema == &Value::Bool(false) {
                errors.push(format!("{at}: not allowed"));
            }
            return;
        };
        for (keyword, arg) in s {
            match keyword.as_str() {
                k if ANNOTATIONS.contains(&k) => {}
                "$ref" => self.check(self.resolve(str_of(arg)), v, at, errors),
                "type" => {
                    let types: Vec<&str> = match arg {
                        Value::Array(a) => a.iter().map(str_of).collect(),
                        other => vec![str_of(other)],
                    };
                    if !types.iter().any(|t| has_type(v, t)) {
                        errors.push(format!("{at}: expected {types:?}, got {v}"));
                    }
                }
                "enum" => {
                    if !arg.as_array().expect("enum array").contains(v) {
                        errors.push(format!("{at}: {v} is not one of {arg}"));
                    }
                }
                "pattern" => {
                    if let Value::String(text) = v
                        && !self.regex(str_of(arg)).is_match(text)
                    {
                        errors.push(format!("{at}: {text:?} does not match {arg}"));
                    }
                }
                "format" => {
                    if let Value::String(text) = v
                        && !format_ok(str_of(arg), text)
                    {
                        errors.push(format!("{at}: {text:?} is not a valid {arg}"));
                    }
                }
                "minimum" => {
                    if let (Some(x), Some(min)) = (v.as_f64(), arg.as_f64())
                        && x < min
                    {
                        errors.push(format!("{at}: {x} < {min}"));
                    }
                }
                "minItems" => {
                    if let Value::Array(items) = v
                        && (items.len() as u64) < arg.as_u64().expect("minItems")
                    {
                        errors.push(format!("{at}: fewer than {arg} items"));
                    }
                }
                "items" => {
                    if let Value::Array(items) = v {
                        for (i, item) in items.iter().enumerate() {
                            self.check(arg, item, &format!("{at}/{i}"), errors);
                        }
                    }
                }
                "required" => {
                    if let Value::Object(o) = v {
                        for name in arg.as_array().expect("required array") {
                            if !o.contains_key(str_of(name)) {
                                errors.push(format!("{at}: missing required {name}"));
                            }
                        }
                    }
                }
                "properties" => {
                    if let Value::Object(o) = v {
                        for (name, sub) in arg.as_object().expect("properties object") {
                            if let Some(value) = o.get(name) {
                                self.check(sub, value, &format!("{at}/{name}"), errors);
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    if let Value::Object(o) = v {
                        let known = s.get("properties").and_then(Value::as_object);
                        for (name, value) in o {
                            if known.is_some_and(|k| k.contains_key(name)) {
                                continue;
                            }
                            match arg {
                                Value::Bool(false) => {
                                    errors.push(format!("{at}: unexpected property {name:?}"))
                                }
                                Value::Bool(true) => {}
                                sub => self.check(sub, value, &format!("{at}/{name}"), errors),
                            }
                        }
                    }
                }
                "allOf" => {
                    for sub in arg.as_array().expect("allOf array") {
                        self.check(sub, v, at, errors);
                    }
                }
                "anyOf" => {
                    let any = arg.as_array().expect("anyOf array").iter().any(|sub| {
                        let mut e = Vec::new();
                        self.check(sub, v, at, &mut e);
                        e.is_empty()
                    });
                    if !any {
                        errors.push(format!("{at}: {v} matches none of anyOf"));
                    }
                }
                other => {
                    panic!("the schema uses keyword {other:?}, which this validator does not know")
                }
            }
        }
    }

    fn regex(&self, pattern: &str) -> Regex {
        self.patterns
            .borrow_mut()
            .entry(pattern.to_string())
            .or_insert_with(|| Regex::new(pattern).expect("schema pattern compiles"))
            .clone()
    }
}

fn collect_anchors(v: &Value, anchors: &mut HashMap<String, Value>) {
    match v {
        Value::Object(o) => {
            if let Some(Value::String(id)) = o.get("$id")
                && id.starts_with('#')
            {
                anchors.insert(id.clone(), v.clone());
            }
            o.values().for_each(|x| collect_anchors(x, anchors));
        }
        Value::Array(a) => a.iter().for_each(|x| collect_anchors(x, anchors)),
        _ => {}
    }
}

fn str_of(v: &Value) -> &str {
    v.as_str()
        .unwrap_or_else(|| panic!("expected a string in the schema, got {v}"))
}

fn has_type(v: &Value, t: &str) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "number" => v.is_number(),
        "integer" => v.as_i64().is_some() || v.as_u64().is_some(),
        other => panic!("unknown type {other}"),
    }
}

/// The draft-07 formats OSCAL uses.
fn format_ok(format: &str, text: &str) -> bool {
    let re = |p: &str| Regex::new(p).expect("format regex").is_match(text);
    match format {
        "date-time" => {
            re(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
        }
        "uri" => re(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$"),
        "uri-reference" => !text.chars().any(char::is_whitespace),
        "email" => re(r"^[^@\s]+@[^@\s]+$"),
        other => panic!("unknown format {other}"),
    }
}
