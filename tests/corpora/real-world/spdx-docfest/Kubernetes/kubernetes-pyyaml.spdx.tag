SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: SBOM-SPDX-f3665c10-fed7-4c46-a577-557a5d71ae40
DocumentNamespace: https://spdx.org/spdxdocs/k8s-releng-bom-3675587d-20b9-415f-af35-a2812170300a
Creator: Tool: sigs.k8s.io/bom/pkg/spdx
Created: 2022-01-22T06:25:12Z


##### Package: automatingcompliancetooling/spdxdocfest:pyyaml

PackageName: automatingcompliancetooling/spdxdocfest:pyyaml
SPDXID: SPDXRef-Package-automatingcompliancetooling-spdxdocfest-pyyaml
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION

##### Package: index.docker.io/automatingcompliancetooling/spdxdocfest@sha256:41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499

PackageName: index.docker.io/automatingcompliancetooling/spdxdocfest@sha256:41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION

##### Package: ffbb094f4f9e7c61d97c2b409f3e8154e2621a5074a0087d35f1849e665d0d34.tar.gz

PackageName: ffbb094f4f9e7c61d97c2b409f3e8154e2621a5074a0087d35f1849e665d0d34.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-ffbb094f4f9e7c61d97c2b409f3e8154e2621a5074a0087d35f1849e665d0d34.tar.gz
PackageChecksum: SHA1: 84a68edd558e12728c997a3a7a6e1fd12fb37849
PackageChecksum: SHA256: ffbb094f4f9e7c61d97c2b409f3e8154e2621a5074a0087d35f1849e665d0d34
PackageChecksum: SHA512: 987eeb64f403d0ab8604aa5f0bdad8099b7233d8a631388f49306d5321c4739885f418569036a2786ca19b7328b697b2daa4cf38d6dc449260e1b881cc949234
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: ffbb094f4f9e7c61d97c2b409f3e8154e2621a5074a0087d35f1849e665d0d34.tar.gz
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-ffbb094f4f9e7c61d97c2b409f3e8154e2621a5074a0087d35f1849e665d0d34.tar.gz
##### Package: 575ea6b53a496913dede0dd8074fab9a90a25368d289fc2f905ce9a4ec53aef7.tar.gz

PackageName: 575ea6b53a496913dede0dd8074fab9a90a25368d289fc2f905ce9a4ec53aef7.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-575ea6b53a496913dede0dd8074fab9a90a25368d289fc2f905ce9a4ec53aef7.tar.gz
PackageChecksum: SHA1: e90a6b090093c1225e9057243d3b1993a099bac4
PackageChecksum: SHA256: 575ea6b53a496913dede0dd8074fab9a90a25368d289fc2f905ce9a4ec53aef7
PackageChecksum: SHA512: 11adf93f3ff88be1a64368d6072a12b26f2f75df347715d1ab3048c77ad6ee79608382ecf78d9ef436d2feaef933b240584aab58f255dbe0aeb3f3dd5af8a68b
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: 575ea6b53a496913dede0dd8074fab9a90a25368d289fc2f905ce9a4ec53aef7.tar.gz
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-575ea6b53a496913dede0dd8074fab9a90a25368d289fc2f905ce9a4ec53aef7.tar.gz
##### Package: 7436443e564c3c579107aaaa42e54a800a1241b648d3df74efc618e0738af844.tar.gz

PackageName: 7436443e564c3c579107aaaa42e54a800a1241b648d3df74efc618e0738af844.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-7436443e564c3c579107aaaa42e54a800a1241b648d3df74efc618e0738af844.tar.gz
PackageChecksum: SHA1: 92b90a0140db54ea9a50800a5191e2f1afc002d0
PackageChecksum: SHA256: 7436443e564c3c579107aaaa42e54a800a1241b648d3df74efc618e0738af844
PackageChecksum: SHA512: 35eb3fba5b2fca39440b18ef08fadb33baf40c0e3ed4200a50654670bd0609da9d7658a33e84d5f602638c3276c00a6cd51382f40b9dee70403c3e16b4c05534
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: 7436443e564c3c579107aaaa42e54a800a1241b648d3df74efc618e0738af844.tar.gz
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-7436443e564c3c579107aaaa42e54a800a1241b648d3df74efc618e0738af844.tar.gz
##### Package: 62ef6a863d62be68289adbf5b1463a9fd473c4af7032fe20709a6c800a325160.tar.gz

PackageName: 62ef6a863d62be68289adbf5b1463a9fd473c4af7032fe20709a6c800a325160.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-62ef6a863d62be68289adbf5b1463a9fd473c4af7032fe20709a6c800a325160.tar.gz
PackageChecksum: SHA1: 13521b603e8089c297cfb7c4fa81d99b72dcd807
PackageChecksum: SHA256: 62ef6a863d62be68289adbf5b1463a9fd473c4af7032fe20709a6c800a325160
PackageChecksum: SHA512: 8d393737ba35ea12bd0a91dd377621c60e3cd887ec9c3b407bf49530a5eb0ee9280ab3215692ba761e520d851d4088877be61fada4446869faa6203a243c9908
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: 62ef6a863d62be68289adbf5b1463a9fd473c4af7032fe20709a6c800a325160.tar.gz
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-62ef6a863d62be68289adbf5b1463a9fd473c4af7032fe20709a6c800a325160.tar.gz
##### Package: 01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz

PackageName: 01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz
PackageChecksum: SHA1: 84af94ee0319b9b717606ffa7dbdc278d74ecb97
PackageChecksum: SHA256: 01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a
PackageChecksum: SHA512: 8e10caf14b85b550eff9e4316a0ab78b37d2bfbd2c53742ee3a907780a778d67daecd43652afc4fa10be0d29bd23bdc64ec95580b912de0628384e8192294571
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: 01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION

##### Package: adduser

PackageName: adduser
SPDXID: SPDXRef-Package-adduser
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.118
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-adduser
##### Package: apt

PackageName: apt
SPDXID: SPDXRef-Package-apt
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.8.2.3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-apt
##### Package: base-files

PackageName: base-files
SPDXID: SPDXRef-Package-base-files
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 10.3+deb10u11
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-base-files
##### Package: base-passwd

PackageName: base-passwd
SPDXID: SPDXRef-Package-base-passwd
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.5.46
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-base-passwd
##### Package: bash

PackageName: bash
SPDXID: SPDXRef-Package-bash
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 5.0-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-bash
##### Package: bsdutils

PackageName: bsdutils
SPDXID: SPDXRef-Package-bsdutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-bsdutils
##### Package: ca-certificates

PackageName: ca-certificates
SPDXID: SPDXRef-Package-ca-certificates
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 20200601~deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-ca-certificates
##### Package: coreutils

PackageName: coreutils
SPDXID: SPDXRef-Package-coreutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.30-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-coreutils
##### Package: dash

PackageName: dash
SPDXID: SPDXRef-Package-dash
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.5.10.2-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-dash
##### Package: debconf

PackageName: debconf
SPDXID: SPDXRef-Package-debconf
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.5.71+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-debconf
##### Package: debian-archive-keyring

PackageName: debian-archive-keyring
SPDXID: SPDXRef-Package-debian-archive-keyring
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2019.1+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-debian-archive-keyring
##### Package: debianutils

PackageName: debianutils
SPDXID: SPDXRef-Package-debianutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.8.6.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-debianutils
##### Package: diffutils

PackageName: diffutils
SPDXID: SPDXRef-Package-diffutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:3.7-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-diffutils
##### Package: dpkg

PackageName: dpkg
SPDXID: SPDXRef-Package-dpkg
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.19.7
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-dpkg
##### Package: e2fsprogs

PackageName: e2fsprogs
SPDXID: SPDXRef-Package-e2fsprogs
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.44.5-1+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-e2fsprogs
##### Package: fdisk

PackageName: fdisk
SPDXID: SPDXRef-Package-fdisk
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-fdisk
##### Package: findutils

PackageName: findutils
SPDXID: SPDXRef-Package-findutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.6.0+git+20190209-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-findutils
##### Package: gcc-8-base

PackageName: gcc-8-base
SPDXID: SPDXRef-Package-gcc-8-base
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-gcc-8-base
##### Package: gpgv

PackageName: gpgv
SPDXID: SPDXRef-Package-gpgv
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.2.12-1+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-gpgv
##### Package: grep

PackageName: grep
SPDXID: SPDXRef-Package-grep
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.3-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-grep
##### Package: gzip

PackageName: gzip
SPDXID: SPDXRef-Package-gzip
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.9-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-gzip
##### Package: hostname

PackageName: hostname
SPDXID: SPDXRef-Package-hostname
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.21
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-hostname
##### Package: init-system-helpers

PackageName: init-system-helpers
SPDXID: SPDXRef-Package-init-system-helpers
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.56+nmu1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-init-system-helpers
##### Package: libacl1

PackageName: libacl1
SPDXID: SPDXRef-Package-libacl1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.2.53-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libacl1
##### Package: libapt-pkg5.0

PackageName: libapt-pkg5.0
SPDXID: SPDXRef-Package-libapt-pkg5.0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.8.2.3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libapt-pkg5.0
##### Package: libattr1

PackageName: libattr1
SPDXID: SPDXRef-Package-libattr1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.4.48-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libattr1
##### Package: libaudit-common

PackageName: libaudit-common
SPDXID: SPDXRef-Package-libaudit-common
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.8.4-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libaudit-common
##### Package: libaudit1

PackageName: libaudit1
SPDXID: SPDXRef-Package-libaudit1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.8.4-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libaudit1
##### Package: libblkid1

PackageName: libblkid1
SPDXID: SPDXRef-Package-libblkid1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libblkid1
##### Package: libbz2-1.0

PackageName: libbz2-1.0
SPDXID: SPDXRef-Package-libbz2-1.0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.0.6-9.2~deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libbz2-1.0
##### Package: libc-bin

PackageName: libc-bin
SPDXID: SPDXRef-Package-libc-bin
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.28-10
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libc-bin
##### Package: libc6

PackageName: libc6
SPDXID: SPDXRef-Package-libc6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.28-10
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libc6
##### Package: libcap-ng0

PackageName: libcap-ng0
SPDXID: SPDXRef-Package-libcap-ng0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.7.9-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libcap-ng0
##### Package: libcom-err2

PackageName: libcom-err2
SPDXID: SPDXRef-Package-libcom-err2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.44.5-1+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libcom-err2
##### Package: libdb5.3

PackageName: libdb5.3
SPDXID: SPDXRef-Package-libdb5.3
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 5.3.28+dfsg1-0.5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libdb5.3
##### Package: libdebconfclient0

PackageName: libdebconfclient0
SPDXID: SPDXRef-Package-libdebconfclient0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.249
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libdebconfclient0
##### Package: libexpat1

PackageName: libexpat1
SPDXID: SPDXRef-Package-libexpat1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.2.6-2+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libexpat1
##### Package: libext2fs2

PackageName: libext2fs2
SPDXID: SPDXRef-Package-libext2fs2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.44.5-1+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libext2fs2
##### Package: libfdisk1

PackageName: libfdisk1
SPDXID: SPDXRef-Package-libfdisk1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libfdisk1
##### Package: libffi6

PackageName: libffi6
SPDXID: SPDXRef-Package-libffi6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.2.1-9
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libffi6
##### Package: libgcc1

PackageName: libgcc1
SPDXID: SPDXRef-Package-libgcc1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libgcc1
##### Package: libgcrypt20

PackageName: libgcrypt20
SPDXID: SPDXRef-Package-libgcrypt20
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.8.4-5+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libgcrypt20
##### Package: libgdbm6

PackageName: libgdbm6
SPDXID: SPDXRef-Package-libgdbm6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.18.1-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libgdbm6
##### Package: libgmp10

PackageName: libgmp10
SPDXID: SPDXRef-Package-libgmp10
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2:6.1.2+dfsg-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libgmp10
##### Package: libgnutls30

PackageName: libgnutls30
SPDXID: SPDXRef-Package-libgnutls30
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.6.7-4+deb10u7
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libgnutls30
##### Package: libgpg-error0

PackageName: libgpg-error0
SPDXID: SPDXRef-Package-libgpg-error0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.35-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libgpg-error0
##### Package: libhogweed4

PackageName: libhogweed4
SPDXID: SPDXRef-Package-libhogweed4
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.4.1-1+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libhogweed4
##### Package: libidn2-0

PackageName: libidn2-0
SPDXID: SPDXRef-Package-libidn2-0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.0.5-1+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libidn2-0
##### Package: liblz4-1

PackageName: liblz4-1
SPDXID: SPDXRef-Package-liblz4-1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.8.3-1+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-liblz4-1
##### Package: liblzma5

PackageName: liblzma5
SPDXID: SPDXRef-Package-liblzma5
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 5.2.4-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-liblzma5
##### Package: libmount1

PackageName: libmount1
SPDXID: SPDXRef-Package-libmount1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libmount1
##### Package: libncursesw6

PackageName: libncursesw6
SPDXID: SPDXRef-Package-libncursesw6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 6.1+20181013-2+deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libncursesw6
##### Package: libnettle6

PackageName: libnettle6
SPDXID: SPDXRef-Package-libnettle6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.4.1-1+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libnettle6
##### Package: libp11-kit0

PackageName: libp11-kit0
SPDXID: SPDXRef-Package-libp11-kit0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.23.15-2+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libp11-kit0
##### Package: libpam-modules

PackageName: libpam-modules
SPDXID: SPDXRef-Package-libpam-modules
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.1-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libpam-modules
##### Package: libpam-modules-bin

PackageName: libpam-modules-bin
SPDXID: SPDXRef-Package-libpam-modules-bin
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.1-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libpam-modules-bin
##### Package: libpam-runtime

PackageName: libpam-runtime
SPDXID: SPDXRef-Package-libpam-runtime
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.1-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libpam-runtime
##### Package: libpam0g

PackageName: libpam0g
SPDXID: SPDXRef-Package-libpam0g
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.1-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libpam0g
##### Package: libpcre3

PackageName: libpcre3
SPDXID: SPDXRef-Package-libpcre3
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2:8.39-12
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libpcre3
##### Package: libreadline7

PackageName: libreadline7
SPDXID: SPDXRef-Package-libreadline7
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 7.0-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libreadline7
##### Package: libseccomp2

PackageName: libseccomp2
SPDXID: SPDXRef-Package-libseccomp2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.3.3-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libseccomp2
##### Package: libselinux1

PackageName: libselinux1
SPDXID: SPDXRef-Package-libselinux1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.8-1+b1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libselinux1
##### Package: libsemanage-common

PackageName: libsemanage-common
SPDXID: SPDXRef-Package-libsemanage-common
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.8-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libsemanage-common
##### Package: libsemanage1

PackageName: libsemanage1
SPDXID: SPDXRef-Package-libsemanage1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.8-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libsemanage1
##### Package: libsepol1

PackageName: libsepol1
SPDXID: SPDXRef-Package-libsepol1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.8-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libsepol1
##### Package: libsmartcols1

PackageName: libsmartcols1
SPDXID: SPDXRef-Package-libsmartcols1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libsmartcols1
##### Package: libsqlite3-0

PackageName: libsqlite3-0
SPDXID: SPDXRef-Package-libsqlite3-0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.27.2-3+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libsqlite3-0
##### Package: libss2

PackageName: libss2
SPDXID: SPDXRef-Package-libss2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.44.5-1+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libss2
##### Package: libssl1.1

PackageName: libssl1.1
SPDXID: SPDXRef-Package-libssl1.1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.1.1d-0+deb10u7
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libssl1.1
##### Package: libstdc++6

PackageName: libstdc++6
SPDXID: SPDXRef-Package-libstdcC43C436
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libstdcC43C436
##### Package: libsystemd0

PackageName: libsystemd0
SPDXID: SPDXRef-Package-libsystemd0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 241-7~deb10u8
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libsystemd0
##### Package: libtasn1-6

PackageName: libtasn1-6
SPDXID: SPDXRef-Package-libtasn1-6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.13-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libtasn1-6
##### Package: libtinfo6

PackageName: libtinfo6
SPDXID: SPDXRef-Package-libtinfo6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 6.1+20181013-2+deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libtinfo6
##### Package: libudev1

PackageName: libudev1
SPDXID: SPDXRef-Package-libudev1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 241-7~deb10u8
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libudev1
##### Package: libunistring2

PackageName: libunistring2
SPDXID: SPDXRef-Package-libunistring2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.9.10-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libunistring2
##### Package: libuuid1

PackageName: libuuid1
SPDXID: SPDXRef-Package-libuuid1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libuuid1
##### Package: libzstd1

PackageName: libzstd1
SPDXID: SPDXRef-Package-libzstd1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.8+dfsg-3+deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-libzstd1
##### Package: login

PackageName: login
SPDXID: SPDXRef-Package-login
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:4.5-1.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-login
##### Package: mawk

PackageName: mawk
SPDXID: SPDXRef-Package-mawk
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.3-17+b3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-mawk
##### Package: mount

PackageName: mount
SPDXID: SPDXRef-Package-mount
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-mount
##### Package: ncurses-base

PackageName: ncurses-base
SPDXID: SPDXRef-Package-ncurses-base
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 6.1+20181013-2+deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-ncurses-base
##### Package: ncurses-bin

PackageName: ncurses-bin
SPDXID: SPDXRef-Package-ncurses-bin
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 6.1+20181013-2+deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-ncurses-bin
##### Package: netbase

PackageName: netbase
SPDXID: SPDXRef-Package-netbase
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 5.6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-netbase
##### Package: openssl

PackageName: openssl
SPDXID: SPDXRef-Package-openssl
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.1.1d-0+deb10u7
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-openssl
##### Package: passwd

PackageName: passwd
SPDXID: SPDXRef-Package-passwd
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:4.5-1.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-passwd
##### Package: perl-base

PackageName: perl-base
SPDXID: SPDXRef-Package-perl-base
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 5.28.1-6+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-perl-base
##### Package: readline-common

PackageName: readline-common
SPDXID: SPDXRef-Package-readline-common
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 7.0-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-readline-common
##### Package: sed

PackageName: sed
SPDXID: SPDXRef-Package-sed
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.7-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-sed
##### Package: sysvinit-utils

PackageName: sysvinit-utils
SPDXID: SPDXRef-Package-sysvinit-utils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.93-8
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-sysvinit-utils
##### Package: tar

PackageName: tar
SPDXID: SPDXRef-Package-tar
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.30+dfsg-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-tar
##### Package: tzdata

PackageName: tzdata
SPDXID: SPDXRef-Package-tzdata
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2021a-0+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-tzdata
##### Package: util-linux

PackageName: util-linux
SPDXID: SPDXRef-Package-util-linux
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz CONTAINS SPDXRef-Package-util-linux

Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-01f99f7f0573c2d2a86f14765763d611bee77fae8928bec4e8afa11f0678ff9a.tar.gz
##### Package: e531ffa698c8dd96ad53594ae48fd6d9b09ed8bef7a728f946ab0069b375e570.tar.gz

PackageName: e531ffa698c8dd96ad53594ae48fd6d9b09ed8bef7a728f946ab0069b375e570.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-e531ffa698c8dd96ad53594ae48fd6d9b09ed8bef7a728f946ab0069b375e570.tar.gz
PackageChecksum: SHA1: 51706455a48be4de99924470aaf8c9fdf3296dec
PackageChecksum: SHA256: e531ffa698c8dd96ad53594ae48fd6d9b09ed8bef7a728f946ab0069b375e570
PackageChecksum: SHA512: 94b992186eae4547ee720898b561c1cab1ab5e87e9ed514bd79348de60f5e3ec3a691b403cda8ac36b9dd7c86f1171bff74fa44aab96c7f6b4edd450e50239b6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: e531ffa698c8dd96ad53594ae48fd6d9b09ed8bef7a728f946ab0069b375e570.tar.gz
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499-e531ffa698c8dd96ad53594ae48fd6d9b09ed8bef7a728f946ab0069b375e570.tar.gz
Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499 VARIANT_OF SPDXRef-Package-automatingcompliancetooling-spdxdocfest-pyyaml

Relationship: SPDXRef-Package-automatingcompliancetooling-spdxdocfest-pyyaml CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-41d321551d985070f49bb357a60345c87c49944403d4b2bab25cc171071cc499

Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-Package-automatingcompliancetooling-spdxdocfest-pyyaml


