;; Gas vector `policy-reads-and-finds` (world `policy`): see policy-reads-and-finds.toml.
;;
;; `evaluate` reads the configuration value `rule`, reads the SBOM's components 16 a page until
;; a page comes back empty, and notes one warning finding per component (rule-id: the `rule`
;; value; component-ref: its bom-ref; message: its name; no remediation). Then it logs "one
;; finding per component" and returns ok(evaluation { passed: false, findings }).
;;
;; Memory (two pages, declared: growth is policy-grows-memory's subject):
;;        0 ..    16  `evaluate`'s result: result<evaluation, plugin-error>
;;                    (tag at 0; passed at 4, findings ptr at 8, findings len at 12)
;;       16 ..    28  `host.config`'s return area: option<string> (tag at 16; ptr 20, len 24)
;;       32 ..    40  `next-components`' return area: list<component> (ptr, len)
;;       64 ..    68  "rule", the configuration key
;;       80 ..   105  "one finding per component", the log message
;;     1024 ..  3840  the findings: up to 64 records of 44 bytes (canonical ABI):
;;                    rule-id 0, severity 8 (u8), component-ref 12 (tag; ptr 16, len 20),
;;                    message 24, remediation 32 (tag; ptr 36, len 40)
;;    65536 ..        the heap (`cabi_realloc`): the config value, the pages of components
;;                    (records of 84 bytes: bom-ref at 0, name at 8) and their strings; the
;;                    findings point into it
(module
  (import "traceguard:plugin/host@0.1.0" "config"
    (func $config (param (; key ptr ;) i32 (; key len ;) i32 (; return area ;) i32)))
  (import "traceguard:plugin/host@0.1.0" "log"
    (func $log (param (; level ;) i32 (; message ptr ;) i32 (; message len ;) i32)))
  (import "traceguard:plugin/sbom-state@0.1.0" "[method]sbom-reader.next-components"
    (func $next_components (param (; reader ;) i32 (; max ;) i32 (; return area ;) i32)))
  (import "traceguard:plugin/sbom-state@0.1.0" "[resource-drop]sbom-reader"
    (func $drop_reader (param i32)))

  (memory (export "memory") 2)

  (data (i32.const 64) "rule")
  (data (i32.const 80) "one finding per component")

  ;; Hands out memory from 65536 upwards, aligned as asked, and never frees.
  (global $heap (mut i32) (i32.const 65536))
  (func (export "cabi_realloc") (param $old i32) (param $old_size i32) (param $align i32) (param $size i32) (result i32)
    (local $p i32)
    (local.set $p
      (i32.and (i32.add (global.get $heap) (i32.sub (local.get $align) (i32.const 1)))
               (i32.sub (i32.const 0) (local.get $align))))
    (global.set $heap (i32.add (local.get $p) (local.get $size)))
    (local.get $p))

  (func (export "traceguard:plugin/evaluator@0.1.0#evaluate") (param $reader i32) (result i32)
    (local $page i32)  ;; the current page of components
    (local $len i32)   ;; its length
    (local $i i32)     ;; index in the page
    (local $c i32)     ;; the component record
    (local $f i32)     ;; the finding record
    (local $n i32)     ;; findings so far
    ;; config("rule"): the vector sets it, so none is a bug here.
    (call $config (i32.const 64) (i32.const 4) (i32.const 16))
    (if (i32.eqz (i32.load8_u (i32.const 16))) (then unreachable))
    (loop $pages
      (call $next_components (local.get $reader) (i32.const 16) (i32.const 32))
      (local.set $page (i32.load (i32.const 32)))
      (local.set $len (i32.load (i32.const 36)))
      (local.set $i (i32.const 0))
      (block $done
        (loop $each
          (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
          (if (i32.ge_u (local.get $n) (i32.const 64)) (then unreachable))
          (local.set $c (i32.add (local.get $page) (i32.mul (local.get $i) (i32.const 84))))
          (local.set $f (i32.add (i32.const 1024) (i32.mul (local.get $n) (i32.const 44))))
          ;; rule-id: the configuration value
          (i32.store offset=0 (local.get $f) (i32.load (i32.const 20)))
          (i32.store offset=4 (local.get $f) (i32.load (i32.const 24)))
          ;; severity: warning
          (i32.store8 offset=8 (local.get $f) (i32.const 1))
          ;; component-ref: some(bom-ref)
          (i32.store8 offset=12 (local.get $f) (i32.const 1))
          (i32.store offset=16 (local.get $f) (i32.load offset=0 (local.get $c)))
          (i32.store offset=20 (local.get $f) (i32.load offset=4 (local.get $c)))
          ;; message: the name
          (i32.store offset=24 (local.get $f) (i32.load offset=8 (local.get $c)))
          (i32.store offset=28 (local.get $f) (i32.load offset=12 (local.get $c)))
          ;; remediation: none
          (i32.store8 offset=32 (local.get $f) (i32.const 0))
          (local.set $n (i32.add (local.get $n) (i32.const 1)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $each)))
      (br_if $pages (local.get $len)))
    ;; log(info, "one finding per component")
    (call $log (i32.const 2) (i32.const 80) (i32.const 25))
    ;; The borrow ends before the call returns, as the canonical ABI requires.
    (call $drop_reader (local.get $reader))
    ;; ok(evaluation { passed: false, findings })
    (i32.store8 (i32.const 0) (i32.const 0))
    (i32.store8 (i32.const 4) (i32.const 0))
    (i32.store (i32.const 8) (i32.const 1024))
    (i32.store (i32.const 12) (local.get $n))
    (i32.const 0)))
