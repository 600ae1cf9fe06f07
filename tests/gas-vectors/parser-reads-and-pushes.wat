;; Gas vector `parser-reads-and-pushes` (world `sbom-parser`): see parser-reads-and-pushes.toml.
;;
;; `parse` reads the whole document 256 bytes a call until `input.read` returns an empty chunk,
;; sends the document facts with `sink.document`, pushes two components in one
;; `sink.push-components` and returns ok(summary { components: 2, dependencies: 0 }). It does not
;; look at what it read: the two components are those of small.cdx.json, written out here (a
;; JSON parser in WAT is not the point; what crosses the boundary is).
;;
;; Memory (two pages, declared: growth is parser-grows-memory's subject):
;;        0 ..     8  `input.read`'s return area: list<u8> (ptr, len)
;;       16 ..    32  `sink.document` / `sink.push-components` return area:
;;                    result<_, sink-error> (tag at 16; sink-error's tag at 20, payload at 24)
;;       32 ..    56  `parse`'s result: result<summary, plugin-error>, align 8
;;                    (tag at 32; summary.components u64 at 40, summary.dependencies u64 at 48)
;;      192 ..   216  `detect`'s answer, all zero: confidence 0, format "", spec-version none
;;      256 ..   640  the strings (data segments below, one per 32-byte slot)
;;      640 ..   664  list<string> entries, (ptr, len) pairs:
;;                    640 tools ["wat"], 648 serde's licences, 656 left-pad's licences
;;     1024 ..  1192  the pushed list<component>: two records of 84 bytes (canonical ABI):
;;                    bom-ref 0, name 8, version 16 (tag; ptr 20, len 24), purl 28 (32, 36),
;;                    cpe 40 (44, 48), licenses 52 (ptr; len 56), hashes 60 (ptr; len 64),
;;                    supplier 68 (72, 76), kind 80 (u8)
;;    65536 ..        the heap (`cabi_realloc`): the document's chunks
(module
  (import "traceguard:plugin/sbom-io@0.1.0" "[method]input.read"
    (func $read (param (; input ;) i32 (; max ;) i32 (; return area ;) i32)))
  ;; The handle, document-info flattened (15 values), the return area: 17 parameters.
  (import "traceguard:plugin/sbom-io@0.1.0" "[method]sink.document"
    (func $document (param (; sink ;) i32
                           (; format ;) i32 i32
                           (; spec-version ;) i32 i32
                           (; name: tag, ptr, len ;) i32 i32 i32
                           (; created ;) i32 i32 i32
                           (; tools ;) i32 i32
                           (; supplier ;) i32 i32 i32
                           (; return area ;) i32)))
  (import "traceguard:plugin/sbom-io@0.1.0" "[method]sink.push-components"
    (func $push (param (; sink ;) i32 (; list ptr ;) i32 (; list len ;) i32 (; return area ;) i32)))
  (import "traceguard:plugin/sbom-io@0.1.0" "[resource-drop]input" (func $drop_input (param i32)))
  (import "traceguard:plugin/sbom-io@0.1.0" "[resource-drop]sink" (func $drop_sink (param i32)))

  (memory (export "memory") 2)

  (data (i32.const 256) "cyclonedx")               ;;  9 bytes: document format
  (data (i32.const 288) "1.5")                     ;;  3: spec-version
  (data (i32.const 320) "small")                   ;;  5: document name
  (data (i32.const 352) "wat")                     ;;  3: the one tool
  (data (i32.const 384) "serde")                   ;;  5: bom-ref and name
  (data (i32.const 416) "1.0.219")                 ;;  7
  (data (i32.const 448) "pkg:cargo/serde@1.0.219") ;; 23
  (data (i32.const 480) "MIT OR Apache-2.0")       ;; 17
  (data (i32.const 512) "left-pad")                ;;  8: bom-ref and name
  (data (i32.const 544) "1.3.0")                   ;;  5
  (data (i32.const 576) "pkg:npm/left-pad@1.3.0")  ;; 22
  (data (i32.const 608) "WTFPL")                   ;;  5

  ;; Hands out memory from 65536 upwards, aligned as asked, and never frees.
  (global $heap (mut i32) (i32.const 65536))
  (func (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
    (local $p i32)
    (local.set $p
      (i32.and (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
               (i32.sub (i32.const 0) (local.get $align))))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (local.get $p))

  ;; Writes a library component at `$at` whose bom-ref and name are `$name`, with a version, a
  ;; purl, the one-licence list at `$licenses`, and no cpe, hashes or supplier.
  (func $component (param $at i32) (param $name i32) (param $name_len i32)
                   (param $version i32) (param $version_len i32)
                   (param $purl i32) (param $purl_len i32) (param $licenses i32)
    (i32.store offset=0 (local.get $at) (local.get $name))          ;; bom-ref
    (i32.store offset=4 (local.get $at) (local.get $name_len))
    (i32.store offset=8 (local.get $at) (local.get $name))          ;; name
    (i32.store offset=12 (local.get $at) (local.get $name_len))
    (i32.store8 offset=16 (local.get $at) (i32.const 1))            ;; version: some
    (i32.store offset=20 (local.get $at) (local.get $version))
    (i32.store offset=24 (local.get $at) (local.get $version_len))
    (i32.store8 offset=28 (local.get $at) (i32.const 1))            ;; purl: some
    (i32.store offset=32 (local.get $at) (local.get $purl))
    (i32.store offset=36 (local.get $at) (local.get $purl_len))
    (i32.store8 offset=40 (local.get $at) (i32.const 0))            ;; cpe: none
    (i32.store offset=52 (local.get $at) (local.get $licenses))     ;; licenses: one
    (i32.store offset=56 (local.get $at) (i32.const 1))
    (i32.store offset=64 (local.get $at) (i32.const 0))             ;; hashes: none
    (i32.store8 offset=68 (local.get $at) (i32.const 0))            ;; supplier: none
    (i32.store8 offset=80 (local.get $at) (i32.const 2)))           ;; kind: library

  ;; Traps if the host refused the last document or push (its result is at 16).
  (func $accepted
    (if (i32.load8_u (i32.const 16)) (then unreachable)))

  (func (export "traceguard:plugin/parser@0.1.0#detect") (param i32 i32) (result i32)
    (i32.const 192))

  (func (export "traceguard:plugin/parser@0.1.0#parse") (param $input i32) (param $sink i32) (result i32)
    ;; The whole document, 256 bytes a call, then one empty chunk.
    (loop $chunks
      (call $read (local.get $input) (i32.const 256) (i32.const 0))
      (br_if $chunks (i32.load (i32.const 4))))
    ;; tools = ["wat"]
    (i32.store (i32.const 640) (i32.const 352))
    (i32.store (i32.const 644) (i32.const 3))
    (call $document (local.get $sink)
      (i32.const 256) (i32.const 9)                  ;; format "cyclonedx"
      (i32.const 288) (i32.const 3)                  ;; spec-version "1.5"
      (i32.const 1) (i32.const 320) (i32.const 5)    ;; name: some("small")
      (i32.const 0) (i32.const 0) (i32.const 0)      ;; created: none
      (i32.const 640) (i32.const 1)                  ;; tools
      (i32.const 0) (i32.const 0) (i32.const 0)      ;; supplier: none
      (i32.const 16))
    (call $accepted)
    ;; licences: ["MIT OR Apache-2.0"] at 648, ["WTFPL"] at 656
    (i32.store (i32.const 648) (i32.const 480))
    (i32.store (i32.const 652) (i32.const 17))
    (i32.store (i32.const 656) (i32.const 608))
    (i32.store (i32.const 660) (i32.const 5))
    (call $component (i32.const 1024) (i32.const 384) (i32.const 5)
      (i32.const 416) (i32.const 7) (i32.const 448) (i32.const 23) (i32.const 648))
    (call $component (i32.const 1108) (i32.const 512) (i32.const 8)
      (i32.const 544) (i32.const 5) (i32.const 576) (i32.const 22) (i32.const 656))
    (call $push (local.get $sink) (i32.const 1024) (i32.const 2) (i32.const 16))
    (call $accepted)
    ;; The borrows end before the call returns, as the canonical ABI requires.
    (call $drop_input (local.get $input))
    (call $drop_sink (local.get $sink))
    ;; ok(summary { components: 2, dependencies: 0 })
    (i32.store8 (i32.const 32) (i32.const 0))
    (i64.store (i32.const 40) (i64.const 2))
    (i64.store (i32.const 48) (i64.const 0))
    (i32.const 32)))
