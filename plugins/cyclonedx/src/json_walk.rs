//! Judging and normalising the JSON values read by [`crate::json`] (one component, dependency,
//! service or top-level member at a time), with JSON-pointer paths such as
//! `/components/3/hashes/0/content`.

use std::borrow::Cow;
use std::rc::Rc;

use traceguard_sdk::json::{Json, Object};
use traceguard_sdk::{Dependency, Hash};

use crate::model::{Below, Field, Loc, Out};
use crate::rules;
use crate::validate::{self, CitationFacts, ComponentFacts, Domain, LicenseEntry};

/// `path/key` with the key escaped for a JSON pointer (RFC 6901). Built without the
/// formatting machinery: paths are made for every member read, so this is hot.
pub(crate) fn pointer(path: &str, key: &str) -> String {
    let mut s = String::with_capacity(path.len() + key.len() + 1);
    s.push_str(path);
    push_key(&mut s, key);
    s
}

/// Appends `/key`, escaped for a JSON pointer.
pub(crate) fn push_key(s: &mut String, key: &str) {
    s.push('/');
    if key.contains(['~', '/']) {
        for c in key.chars() {
            match c {
                '~' => s.push_str("~0"),
                '/' => s.push_str("~1"),
                c => s.push(c),
            }
        }
    } else {
        s.push_str(key);
    }
}

/// `path/index`.
pub(crate) fn at(path: &str, index: usize) -> String {
    let mut s = String::with_capacity(path.len() + 21);
    s.push_str(path);
    push_index(&mut s, index);
    s
}

/// Appends `/index`. Digits are written by hand: the formatting machinery cost more than the
/// rest of building the path.
pub(crate) fn push_index(s: &mut String, index: usize) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    let mut n = index;
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.push('/');
    s.extend(digits[start..].iter().map(|&d| char::from(d)));
}

/// Members worth a look even when their value is a scalar (see [`scan`]).
const SCALAR_KEYS: &[&str] = &[
    "bom-ref",
    "timestamp",
    "created",
    "published",
    "updated",
    "timeStart",
    "timeEnd",
];

/// Whether [`scan`] can find anything in `value` under `key`: containers, or the scalars it checks.
fn worth_scanning(key: &str, value: &Json<'_>) -> bool {
    matches!(value, Json::Object(_) | Json::Array(_)) || SCALAR_KEYS.contains(&key)
}

/// A string member of `obj`; reports a non-string value.
fn string(out: &mut Out<'_, '_>, obj: &Object<'_>, key: &str, path: &str) -> Option<Field> {
    match obj.get(key)? {
        Json::String(s) => Some(Field::new(&**s, pointer(path, key))),
        other => {
            out.report.error(
                rules::STRUCTURE,
                pointer(path, key),
                format!("{key} must be a string, not {}", other.kind()),
            );
            None
        }
    }
}

fn object<'v, 'de>(
    out: &mut Out<'_, '_>,
    v: &'v Json<'de>,
    path: &str,
    what: &str,
) -> Option<&'v Object<'de>> {
    let obj = v.as_object();
    if obj.is_none() {
        not_an_object(out, v, path, what);
    }
    obj
}

fn not_an_object(out: &mut Out<'_, '_>, v: &Json<'_>, path: &str, what: &str) {
    out.report.error(
        rules::STRUCTURE,
        path,
        format!("{what} must be an object, not {}", v.kind()),
    );
}

fn array<'v, 'de>(
    out: &mut Out<'_, '_>,
    v: &'v Json<'de>,
    path: &str,
    what: &str,
) -> &'v [Json<'de>] {
    match v.as_array() {
        Some(items) => items,
        None => {
            not_an_array(out, v, path, what);
            &[]
        }
    }
}

fn not_an_array(out: &mut Out<'_, '_>, v: &Json<'_>, path: &str, what: &str) {
    out.report.error(
        rules::STRUCTURE,
        path,
        format!("{what} must be an array, not {}", v.kind()),
    );
}

/// Whether [`component`] handles the member `key` itself (the rest is scanned).
fn handled(key: &str) -> bool {
    RawComponent::slot(key).is_some()
}

/// One component's members. A component of the top-level list is read straight into this
/// (owned: no map for the members [`component`] reads, no key strings, and the strings of its
/// scalar members move into the normalised component); a component found inside another value
/// is looked at in place (borrowed), so nesting never copies a subtree.
pub(crate) struct RawComponent<'v, 'de> {
    members: [Option<Cow<'v, Json<'de>>>; MEMBERS.len()],
    /// The other members (for a borrowed component: all of them; the [`handled`] ones are skipped).
    rest: Cow<'v, Object<'de>>,
}

/// The members of [`RawComponent`] kept in slots, in slot order: the scalars [`component`]
/// takes as strings, then the structured members it reads in place.
const MEMBERS: [&str; 13] = [
    "type",
    "bom-ref",
    "name",
    "version",
    "purl",
    "cpe",
    "scope",
    "publisher",
    "supplier",
    "hashes",
    "licenses",
    "swid",
    "components",
];

impl Default for RawComponent<'_, '_> {
    fn default() -> Self {
        RawComponent {
            members: Default::default(),
            rest: Cow::Owned(Object::default()),
        }
    }
}

impl<'v, 'de> RawComponent<'v, 'de> {
    /// Looks at a parsed object in place; `None` if `v` is not an object.
    fn borrowed(v: &'v Json<'de>) -> Option<Self> {
        let map = v.as_object()?;
        Some(RawComponent {
            members: MEMBERS.map(|key| map.get(key).map(Cow::Borrowed)),
            rest: Cow::Borrowed(map),
        })
    }

    /// Takes a slotted member out (to move its string into the normalised component).
    fn take(&mut self, key: &str) -> Option<Cow<'v, Json<'de>>> {
        self.members[Self::slot(key)?].take()
    }

    /// A slotted member, in place.
    fn get(&self, key: &str) -> Option<&Json<'de>> {
        self.members[Self::slot(key)?].as_deref()
    }

    /// Where a member named `key` is kept: `Some` slot, or `None` for `rest`.
    pub(crate) fn slot(key: &str) -> Option<usize> {
        // A `match` compares the length first and then at most one or two names: in the
        // sandbox each string comparison is a call to a byte-wise `memcmp`.
        let slot = match key {
            "type" => 0,
            "bom-ref" => 1,
            "name" => 2,
            "version" => 3,
            "purl" => 4,
            "cpe" => 5,
            "scope" => 6,
            "publisher" => 7,
            "supplier" => 8,
            "hashes" => 9,
            "licenses" => 10,
            "swid" => 11,
            "components" => 12,
            _ => return None,
        };
        debug_assert_eq!(MEMBERS[slot], key);
        Some(slot)
    }

    /// Sets a member as read from the document (a repeated key replaces the earlier value,
    /// as it does in a parsed map, once [`RawComponent::read`] is called).
    pub(crate) fn set(&mut self, slot: Result<usize, Cow<'de, str>>, value: Json<'de>) {
        match slot {
            Ok(i) => self.members[i] = Some(Cow::Owned(value)),
            Err(key) => self.rest.to_mut().push(key, value),
        }
    }

    /// Called after the last [`RawComponent::set`].
    pub(crate) fn read(&mut self) {
        if let Cow::Owned(rest) = &mut self.rest {
            rest.keep_last_of_each_name();
        }
    }
}

/// A string member taken out of a component; reports a non-string value.
fn take_string(
    out: &mut Out<'_, '_>,
    c: &mut RawComponent<'_, '_>,
    key: &'static str,
    place: &Below,
) -> Option<Field> {
    let value = match c.take(key)? {
        Cow::Owned(Json::String(s)) => s.into_owned(),
        Cow::Borrowed(Json::String(s)) => s.to_string(),
        other => {
            out.report.error(
                rules::STRUCTURE,
                &place.key(key),
                format!("{key} must be a string, not {}", other.kind()),
            );
            return None;
        }
    };
    Some(Field {
        value,
        path: Loc::Below(place.key(key)),
    })
}

/// [`string`] for an object at a place not spelled out yet: the field's path stays unspelled too.
fn member_string(
    out: &mut Out<'_, '_>,
    obj: &Object<'_>,
    key: &'static str,
    place: &Below,
) -> Option<Field> {
    match obj.get(key)? {
        Json::String(s) => Some(Field {
            value: s.to_string(),
            path: Loc::Below(place.key(key)),
        }),
        other => {
            out.report.error(
                rules::STRUCTURE,
                &place.key(key),
                format!("{key} must be a string, not {}", other.kind()),
            );
            None
        }
    }
}

/// [`scan_children`] of a value at a place not spelled out yet; spelled out only if some
/// member needs a look.
fn scan_rest(out: &mut Out<'_, '_>, v: &Json<'_>, place: &Below, skip: &[&str]) {
    let needed = match v {
        Json::Object(map) => map
            .iter()
            .any(|(k, child)| !skip.contains(&k) && worth_scanning(k, child)),
        Json::Array(items) => !items.is_empty(),
        _ => false,
    };
    if needed {
        scan_children(out, v, &String::from(place), skip);
    }
}

/// Validates a component found inside another value (see [`component`]).
fn component_value(out: &mut Out<'_, '_>, v: &Json<'_>, place: Below, emit: bool) {
    match RawComponent::borrowed(v) {
        Some(c) => component(out, c, place, emit),
        None => not_a_component(out, v, &String::from(&place)),
    }
}

/// Reports a component entry that is not an object: no component can be read from it, so the
/// document is unreadable at every validation level.
pub(crate) fn not_a_component(out: &mut Out<'_, '_>, v: &Json<'_>, path: &str) {
    out.report.unreadable(
        rules::STRUCTURE,
        path,
        format!("a component must be an object, not {}", v.kind()),
    );
}

/// Validates a component (at `place`) and, if `emit`, pushes it; then its nested components,
/// depth-first.
pub(crate) fn component(
    out: &mut Out<'_, '_>,
    mut c: RawComponent<'_, '_>,
    place: Below,
    emit: bool,
) {
    let mut facts = ComponentFacts {
        kind: take_string(out, &mut c, "type", &place),
        bom_ref: take_string(out, &mut c, "bom-ref", &place),
        names: take_string(out, &mut c, "name", &place)
            .into_iter()
            .collect(),
        version: take_string(out, &mut c, "version", &place),
        purl: take_string(out, &mut c, "purl", &place),
        cpe: take_string(out, &mut c, "cpe", &place),
        scope: take_string(out, &mut c, "scope", &place),
        publisher: c
            .take("publisher")
            .and_then(|p| p.as_str().map(String::from)),
        supplier: c
            .get("supplier")
            .and_then(|s| s.get("name"))
            .and_then(Json::as_str)
            .map(String::from),
        ..ComponentFacts::default()
    };
    if let Some(range) = c.rest.get("versionRange") {
        facts.version_range = Some(Field {
            value: range.as_str().unwrap_or_default().to_string(),
            path: Loc::Below(place.key("versionRange")),
        });
    }
    facts.is_external = matches!(c.rest.get("isExternal"), Some(Json::Bool(true)));
    if let Some(h) = c.get("hashes") {
        facts.hashes = hashes(out, h, &place.key("hashes"));
    }
    if let Some(l) = c.get("licenses") {
        facts.licenses = licenses(out, l, &place.key("licenses"));
    }
    if let Some(swid) = c.get("swid") {
        let swid_path = String::from(&place.key("swid"));
        if let Some(s) = object(out, swid, &swid_path, "swid") {
            let tag_id = string(out, s, "tagId", &swid_path);
            let name = string(out, s, "name", &swid_path);
            facts.swid = Some((swid_path, tag_id, name));
        }
    }
    let fallback = if facts.bom_ref.is_none() {
        format!("#{}", String::from(&place))
    } else {
        String::new()
    };
    facts.path = Loc::Below(place.clone());
    let normalised = validate::component(&mut out.report, facts, fallback);
    if emit {
        out.component(normalised);
    }
    if let Some(children) = c.get("components") {
        let list = place.key("components");
        match children.as_array() {
            Some(items) => {
                for (i, child) in items.iter().enumerate() {
                    component_value(out, child, list.index(i), emit);
                }
            }
            None => out.report.unreadable(
                rules::STRUCTURE,
                String::from(&list),
                format!("components must be an array, not {}", children.kind()),
            ),
        }
    }
    let mut path = None;
    for (key, child) in c.rest.iter() {
        if !handled(key) && worth_scanning(key, child) {
            let path = path.get_or_insert_with(|| String::from(&place));
            scan(out, key, child, &pointer(path, key));
        }
    }
}

/// Members whose value [`scan`] must see whole (not one array element at a time).
pub(crate) const WHOLE_KEYS: &[&str] = &[
    "bom-ref",
    "hashes",
    "licenses",
    "timestamp",
    "created",
    "published",
    "updated",
    "timeStart",
    "timeEnd",
];

/// Looks for checkable structures anywhere in `v` (found under `key`): bom-refs, hashes,
/// licences, external references, properties, patches, issues, data flows, nested components.
pub(crate) fn scan(out: &mut Out<'_, '_>, key: &str, v: &Json<'_>, path: &str) {
    match key {
        "bom-ref" => match v.as_str() {
            Some(s) => out.report.bom_ref(&Field::new(s, path)),
            None => out
                .report
                .error(rules::STRUCTURE, path, "bom-ref must be a string"),
        },
        "hashes" => {
            hashes(out, v, &below(path));
        }
        "licenses" => {
            licenses(out, v, &below(path));
        }
        "component" => component_value(out, v, below(path), false),
        "timestamp" | "created" | "published" | "updated" | "timeStart" | "timeEnd" => {
            match v.as_str() {
                Some(t) => validate::date_time(&mut out.report, &Field::new(t, path), true),
                None => scan_children(out, v, path, &[]),
            }
        }
        "externalReferences" | "patches" | "resolves" | "properties" | "ancestors"
        | "descendants" | "variants" | "components" | "services" | "citations" => {
            for (i, item) in array(out, v, path, key).iter().enumerate() {
                scan_item(out, key, item, &at(path, i));
            }
        }
        // `data` is not always a list (nor always of data flows): only its list items are judged.
        "data" if v.is_array() => {
            for (i, item) in v.as_array().unwrap_or_default().iter().enumerate() {
                scan_item(out, key, item, &at(path, i));
            }
        }
        _ => scan_children(out, v, path, &[]),
    }
}

/// [`scan`] for one element (at `path`) of the array found under `key`.
pub(crate) fn scan_item(out: &mut Out<'_, '_>, key: &str, item: &Json<'_>, path: &str) {
    match key {
        "externalReferences" => typed_item(out, item, path, Domain::ExternalReference),
        "patches" => typed_item(out, item, path, Domain::Patch),
        "resolves" => typed_item(out, item, path, Domain::Issue),
        "properties" => property(out, item, path),
        "ancestors" | "descendants" | "variants" | "components" => {
            component_value(out, item, below(path), false)
        }
        "services" => service(out, item, path),
        "citations" => citation(out, item, path),
        "data" => {
            if let Some(obj) = item.as_object()
                && let Some(flow) = string(out, obj, "flow", path)
            {
                validate::enumeration(&mut out.report, Domain::DataFlow, &flow);
            }
            scan_children(out, item, path, &["flow"]);
        }
        _ => scan_children(out, item, path, &[]),
    }
}

/// Judges one citation (1.7), then scans it like any other value.
fn citation(out: &mut Out<'_, '_>, item: &Json<'_>, path: &str) {
    if let Some(obj) = object(out, item, path, "a citation") {
        let facts = CitationFacts {
            path: path.to_string(),
            pointers: obj.get("pointers").is_some(),
            expressions: obj.get("expressions").is_some(),
            attributed_to: usize::from(obj.get("attributedTo").is_some()),
            process: usize::from(obj.get("process").is_some()),
            timestamp: string(out, obj, "timestamp", path),
        };
        validate::citation(&mut out.report, facts, true);
    }
    scan_children(out, item, path, &["timestamp"]);
}

pub(crate) fn scan_children(out: &mut Out<'_, '_>, v: &Json<'_>, path: &str, skip: &[&str]) {
    match v {
        Json::Object(map) => {
            for (k, child) in map.iter() {
                if !skip.contains(&k) && worth_scanning(k, child) {
                    scan(out, k, child, &pointer(path, k));
                }
            }
        }
        Json::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                scan_children(out, child, &at(path, i), &[]);
            }
        }
        _ => {}
    }
}

/// An object whose required `type` is an enumeration.
fn typed_item(out: &mut Out<'_, '_>, item: &Json<'_>, path: &str, domain: Domain) {
    let Some(obj) = object(out, item, path, "an entry") else {
        return;
    };
    match string(out, obj, "type", path) {
        Some(t) => {
            validate::enumeration(&mut out.report, domain, &t);
        }
        None => out.report.error(rules::REQUIRED, path, "type is required"),
    }
    scan_children(out, item, path, &["type"]);
}

fn property(out: &mut Out<'_, '_>, item: &Json<'_>, path: &str) {
    let Some(obj) = object(out, item, path, "a property") else {
        return;
    };
    if string(out, obj, "name", path).is_none() {
        out.report
            .error_from(rules::REQUIRED, 6, path, "property name is required");
    }
    string(out, obj, "value", path);
    for key in obj.keys().filter(|k| !matches!(*k, "name" | "value")) {
        out.report.error_from(
            rules::UNKNOWN_MEMBER,
            6,
            pointer(path, key),
            format!("unexpected member {key:?} in a property (only name and value)"),
        );
    }
}

/// A place given as a spelled-out path (outside components, where nothing is hot).
fn below(path: &str) -> Below {
    Below::new(Rc::from(path))
}

fn hashes(out: &mut Out<'_, '_>, v: &Json<'_>, place: &Below) -> Vec<Hash> {
    let Some(items) = v.as_array() else {
        not_an_array(out, v, &String::from(place), "hashes");
        return Vec::new();
    };
    let mut found = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let item_place = place.index(i);
        let Some(obj) = item.as_object() else {
            not_an_object(out, item, &String::from(&item_place), "a hash");
            continue;
        };
        let alg = member_string(out, obj, "alg", &item_place);
        let content = member_string(out, obj, "content", &item_place);
        if let Some(h) = validate::hash(&mut out.report, &item_place, alg, content) {
            found.push(h);
        }
    }
    found
}

fn licenses(out: &mut Out<'_, '_>, v: &Json<'_>, place: &Below) -> Vec<String> {
    let Some(items) = v.as_array() else {
        not_an_array(out, v, &String::from(place), "licenses");
        return validate::licenses(&mut out.report, place, Vec::new(), 5);
    };
    let mut entries = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let item_place = place.index(i);
        let Some(obj) = item.as_object() else {
            not_an_object(out, item, &String::from(&item_place), "a licence choice");
            continue;
        };
        let acknowledgement = member_string(out, obj, "acknowledgement", &item_place);
        match (obj.get("license"), obj.get("expression")) {
            (Some(_), Some(_)) | (None, None) => entries.push(LicenseEntry::Malformed {
                path: Loc::Below(item_place.clone()),
                message: "a licence choice has exactly one of license and expression".into(),
            }),
            (None, Some(_)) => {
                if let Some(expression) = member_string(out, obj, "expression", &item_place) {
                    entries.push(LicenseEntry::Expression {
                        expression,
                        acknowledgement,
                    });
                }
            }
            (Some(license), None) => {
                let lic_place = item_place.key("license");
                match license.as_object() {
                    Some(lic) => {
                        let encoding = lic.get("text").and_then(Json::as_object).and_then(|t| {
                            member_string(out, t, "encoding", &lic_place.key("text"))
                        });
                        entries.push(LicenseEntry::License {
                            ids: member_string(out, lic, "id", &lic_place)
                                .into_iter()
                                .collect(),
                            names: member_string(out, lic, "name", &lic_place)
                                .into_iter()
                                .collect(),
                            acknowledgement: member_string(out, lic, "acknowledgement", &lic_place),
                            encoding,
                            path: Loc::Below(lic_place.clone()),
                        });
                        scan_rest(
                            out,
                            license,
                            &lic_place,
                            &["id", "name", "acknowledgement", "text"],
                        );
                    }
                    None => not_an_object(out, license, &String::from(&lic_place), "a licence"),
                }
            }
        }
        scan_rest(
            out,
            item,
            &item_place,
            &["license", "expression", "acknowledgement"],
        );
    }
    validate::licenses(&mut out.report, place, entries, 5)
}

/// Element `index` of the top-level `dependencies` list. Paths are spelled out only for a
/// diagnostic or a reference not resolved yet: a document has about one dependency set per
/// component, and building four paths for each cost more than reading it.
pub(crate) fn dependency(out: &mut Out<'_, '_>, v: &Json<'_>, index: usize) {
    let path = || at("/dependencies", index);
    let Some(obj) = v.as_object() else {
        not_an_object(out, v, &path(), "a dependency");
        return;
    };
    // A ref of the wrong type is reported as such, not also as missing.
    let reference = match obj.get("ref") {
        None => {
            out.report
                .error(rules::REQUIRED, path(), "dependency ref is required");
            None
        }
        Some(Json::String(r)) => Some(r),
        Some(other) => {
            let message = format!("ref must be a string, not {}", other.kind());
            out.report
                .error(rules::STRUCTURE, pointer(&path(), "ref"), message);
            None
        }
    };
    let mut depends_on = Vec::new();
    for key in ["dependsOn", "provides"] {
        let Some(list) = obj.get(key) else { continue };
        let list_path = || pointer(&path(), key);
        let Some(targets) = list.as_array() else {
            not_an_array(out, list, &list_path(), key);
            continue;
        };
        for (i, target) in targets.iter().enumerate() {
            let target_path = || at(&list_path(), i);
            match target.as_str() {
                Some(t) => {
                    if t.is_empty() {
                        out.report.error_from(
                            rules::DEPENDENCY,
                            5,
                            target_path(),
                            "a dependency reference must not be empty",
                        );
                    }
                    out.report.reference(t, target_path);
                    if key == "dependsOn" {
                        depends_on.push(t.to_string());
                    }
                }
                None => out.report.error(
                    rules::STRUCTURE,
                    target_path(),
                    "a dependency reference must be a string",
                ),
            }
        }
    }
    let ref_path = || pointer(&path(), "ref");
    match reference {
        None => {}
        // Empty refs name nothing: not pushed, and an error from 1.5 (refType minLength 1).
        Some(r) if r.is_empty() => {
            out.report.error_from(
                rules::DEPENDENCY,
                5,
                ref_path(),
                "dependency ref must not be empty",
            );
        }
        Some(r) => {
            out.report.reference(r, ref_path);
            out.dependency(Dependency {
                ref_: r.to_string(),
                depends_on,
            });
        }
    }
}

pub(crate) fn service(out: &mut Out<'_, '_>, v: &Json<'_>, path: &str) {
    let Some(obj) = object(out, v, path, "a service") else {
        return;
    };
    if string(out, obj, "name", path).is_none() {
        out.report
            .error(rules::REQUIRED, path, "service name is required");
    }
    scan_children(out, v, path, &["name"]);
}

pub(crate) fn metadata(out: &mut Out<'_, '_>, v: &Json<'_>) {
    let path = "/metadata";
    let Some(obj) = object(out, v, path, "metadata") else {
        return;
    };
    for key in obj.keys() {
        validate::metadata_member(&mut out.report, key, &pointer(path, key));
    }
    if let Some(tlp) = obj
        .get("distributionConstraints")
        .and_then(Json::as_object)
        .and_then(|d| string(out, d, "tlp", &pointer(path, "distributionConstraints")))
    {
        validate::enumeration(&mut out.report, Domain::Tlp, &tlp);
    }
    if let Some(ts) = string(out, obj, "timestamp", path) {
        validate::date_time(&mut out.report, &ts, true);
        out.doc.created = Some(ts.value);
    }
    if let Some(c) = obj.get("component").and_then(Json::as_object) {
        let name = c.get("name").and_then(Json::as_str);
        out.doc.name = name.map(|n| match c.get("version").and_then(Json::as_str) {
            Some(version) => format!("{n}@{version}"),
            None => n.to_string(),
        });
    }
    out.doc.supplier = obj
        .get("supplier")
        .and_then(|s| s.get("name"))
        .and_then(Json::as_str)
        .map(String::from);
    if let Some(tools) = obj.get("tools") {
        out.doc.tools = tool_names(tools);
    }
    scan_children(out, v, path, &["timestamp"]);
}

/// `metadata.tools` is an array of tools up to 1.4 and `{components, services}` from 1.5.
fn tool_names(tools: &Json<'_>) -> Vec<String> {
    let list: Vec<&Json<'_>> = match tools {
        Json::Array(items) => items.iter().collect(),
        Json::Object(map) => map.values().filter_map(Json::as_array).flatten().collect(),
        _ => Vec::new(),
    };
    list.into_iter()
        .filter_map(|t| {
            let name = t.get("name")?.as_str()?;
            Some(match t.get("version").and_then(Json::as_str) {
                Some(v) => format!("{name} {v}"),
                None => name.to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_paths_spell_the_index_in_decimal() {
        for index in [0, 7, 10, 99, 100, 5_915, 300_000, usize::MAX] {
            assert_eq!(at("/components", index), format!("/components/{index}"));
        }
        assert_eq!(at("", 3), "/3");
    }

    #[test]
    fn every_slotted_member_has_its_own_slot() {
        for (i, key) in MEMBERS.iter().enumerate() {
            assert_eq!(RawComponent::slot(key), Some(i), "{key}");
        }
        for key in ["", "Name", "names", "bom_ref", "component", "properties"] {
            assert_eq!(RawComponent::slot(key), None, "{key}");
        }
    }
}
