SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: SBOM-SPDX-67b17b89-7291-4db6-815c-3a85f74fc803
DocumentNamespace: https://spdx.org/spdxdocs/k8s-releng-bom-143b41ee-081e-4477-a553-824e7add850e
Creator: Tool: sigs.k8s.io/bom/pkg/spdx
Created: 2022-01-22T06:36:25Z


##### Package: automatingcompliancetooling/spdxdocfest:time

PackageName: automatingcompliancetooling/spdxdocfest:time
SPDXID: SPDXRef-Package-automatingcompliancetooling-spdxdocfest-time
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION

##### Package: index.docker.io/automatingcompliancetooling/spdxdocfest@sha256:2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84

PackageName: index.docker.io/automatingcompliancetooling/spdxdocfest@sha256:2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION

##### Package: 376057ac6fa17f65688c56977118e2e764b27c348b3f70637fa829cd2a12b200.tar.gz

PackageName: 376057ac6fa17f65688c56977118e2e764b27c348b3f70637fa829cd2a12b200.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-376057ac6fa17f65688c56977118e2e764b27c348b3f70637fa829cd2a12b200.tar.gz
PackageChecksum: SHA1: 937ef4b30f45b91cbcbec2836ca61d4c6d77cecc
PackageChecksum: SHA256: 376057ac6fa17f65688c56977118e2e764b27c348b3f70637fa829cd2a12b200
PackageChecksum: SHA512: 3ecd025fd548153854f0d67de7aca049c1e7e4c637e5028118e627c37eb6da29786d0a96aad97277b4f5662bf75224f7bf74f9540356f66730d8e42850926078
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: 376057ac6fa17f65688c56977118e2e764b27c348b3f70637fa829cd2a12b200.tar.gz
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-376057ac6fa17f65688c56977118e2e764b27c348b3f70637fa829cd2a12b200.tar.gz
##### Package: 9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz

PackageName: 9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz
PackageChecksum: SHA1: 7861976abfd7312d109b753cfcaf28202720960b
PackageChecksum: SHA256: 9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f
PackageChecksum: SHA512: 4bc7367c8dd27c320bd7f0d62992fa85f5b64bf7c93b50d6f10673f8491963be3548418c4098f13082ecbe433032d0be160909f99db7d9836438101fc6bb2b63
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: 9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz
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


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-adduser
##### Package: apt

PackageName: apt
SPDXID: SPDXRef-Package-apt
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.8.2.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-apt
##### Package: base-files

PackageName: base-files
SPDXID: SPDXRef-Package-base-files
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 10.3+deb10u4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-base-files
##### Package: base-passwd

PackageName: base-passwd
SPDXID: SPDXRef-Package-base-passwd
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.5.46
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-base-passwd
##### Package: bash

PackageName: bash
SPDXID: SPDXRef-Package-bash
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 5.0-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-bash
##### Package: binutils

PackageName: binutils
SPDXID: SPDXRef-Package-binutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.31.1-16
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-binutils
##### Package: binutils-common

PackageName: binutils-common
SPDXID: SPDXRef-Package-binutils-common
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.31.1-16
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-binutils-common
##### Package: binutils-x86-64-linux-gnu

PackageName: binutils-x86-64-linux-gnu
SPDXID: SPDXRef-Package-binutils-x86-64-linux-gnu
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.31.1-16
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-binutils-x86-64-linux-gnu
##### Package: bsdutils

PackageName: bsdutils
SPDXID: SPDXRef-Package-bsdutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-bsdutils
##### Package: coreutils

PackageName: coreutils
SPDXID: SPDXRef-Package-coreutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.30-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-coreutils
##### Package: cpp

PackageName: cpp
SPDXID: SPDXRef-Package-cpp
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4:8.3.0-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-cpp
##### Package: cpp-8

PackageName: cpp-8
SPDXID: SPDXRef-Package-cpp-8
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-cpp-8
##### Package: dash

PackageName: dash
SPDXID: SPDXRef-Package-dash
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.5.10.2-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-dash
##### Package: debconf

PackageName: debconf
SPDXID: SPDXRef-Package-debconf
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.5.71
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-debconf
##### Package: debian-archive-keyring

PackageName: debian-archive-keyring
SPDXID: SPDXRef-Package-debian-archive-keyring
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2019.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-debian-archive-keyring
##### Package: debianutils

PackageName: debianutils
SPDXID: SPDXRef-Package-debianutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.8.6.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-debianutils
##### Package: diffutils

PackageName: diffutils
SPDXID: SPDXRef-Package-diffutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:3.7-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-diffutils
##### Package: dpkg

PackageName: dpkg
SPDXID: SPDXRef-Package-dpkg
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.19.7
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-dpkg
##### Package: e2fsprogs

PackageName: e2fsprogs
SPDXID: SPDXRef-Package-e2fsprogs
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.44.5-1+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-e2fsprogs
##### Package: fdisk

PackageName: fdisk
SPDXID: SPDXRef-Package-fdisk
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-fdisk
##### Package: findutils

PackageName: findutils
SPDXID: SPDXRef-Package-findutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.6.0+git+20190209-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-findutils
##### Package: gcc

PackageName: gcc
SPDXID: SPDXRef-Package-gcc
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4:8.3.0-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-gcc
##### Package: gcc-8

PackageName: gcc-8
SPDXID: SPDXRef-Package-gcc-8
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-gcc-8
##### Package: gcc-8-base

PackageName: gcc-8-base
SPDXID: SPDXRef-Package-gcc-8-base
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-gcc-8-base
##### Package: gpgv

PackageName: gpgv
SPDXID: SPDXRef-Package-gpgv
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.2.12-1+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-gpgv
##### Package: grep

PackageName: grep
SPDXID: SPDXRef-Package-grep
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.3-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-grep
##### Package: gzip

PackageName: gzip
SPDXID: SPDXRef-Package-gzip
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.9-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-gzip
##### Package: hostname

PackageName: hostname
SPDXID: SPDXRef-Package-hostname
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.21
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-hostname
##### Package: init-system-helpers

PackageName: init-system-helpers
SPDXID: SPDXRef-Package-init-system-helpers
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.56+nmu1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-init-system-helpers
##### Package: iproute2

PackageName: iproute2
SPDXID: SPDXRef-Package-iproute2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.20.0-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-iproute2
##### Package: iputils-ping

PackageName: iputils-ping
SPDXID: SPDXRef-Package-iputils-ping
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3:20180629-2+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-iputils-ping
##### Package: libacl1

PackageName: libacl1
SPDXID: SPDXRef-Package-libacl1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.2.53-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libacl1
##### Package: libapt-pkg5.0

PackageName: libapt-pkg5.0
SPDXID: SPDXRef-Package-libapt-pkg5.0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.8.2.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libapt-pkg5.0
##### Package: libasan5

PackageName: libasan5
SPDXID: SPDXRef-Package-libasan5
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libasan5
##### Package: libatomic1

PackageName: libatomic1
SPDXID: SPDXRef-Package-libatomic1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libatomic1
##### Package: libattr1

PackageName: libattr1
SPDXID: SPDXRef-Package-libattr1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.4.48-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libattr1
##### Package: libaudit-common

PackageName: libaudit-common
SPDXID: SPDXRef-Package-libaudit-common
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.8.4-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libaudit-common
##### Package: libaudit1

PackageName: libaudit1
SPDXID: SPDXRef-Package-libaudit1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.8.4-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libaudit1
##### Package: libbinutils

PackageName: libbinutils
SPDXID: SPDXRef-Package-libbinutils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.31.1-16
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libbinutils
##### Package: libblkid1

PackageName: libblkid1
SPDXID: SPDXRef-Package-libblkid1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libblkid1
##### Package: libbz2-1.0

PackageName: libbz2-1.0
SPDXID: SPDXRef-Package-libbz2-1.0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.0.6-9.2~deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libbz2-1.0
##### Package: libc-bin

PackageName: libc-bin
SPDXID: SPDXRef-Package-libc-bin
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.28-10
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libc-bin
##### Package: libc-dev-bin

PackageName: libc-dev-bin
SPDXID: SPDXRef-Package-libc-dev-bin
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.28-10
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libc-dev-bin
##### Package: libc6

PackageName: libc6
SPDXID: SPDXRef-Package-libc6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.28-10
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libc6
##### Package: libc6-dev

PackageName: libc6-dev
SPDXID: SPDXRef-Package-libc6-dev
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.28-10
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libc6-dev
##### Package: libcap-ng0

PackageName: libcap-ng0
SPDXID: SPDXRef-Package-libcap-ng0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.7.9-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libcap-ng0
##### Package: libcap2

PackageName: libcap2
SPDXID: SPDXRef-Package-libcap2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.25-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libcap2
##### Package: libcap2-bin

PackageName: libcap2-bin
SPDXID: SPDXRef-Package-libcap2-bin
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:2.25-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libcap2-bin
##### Package: libcc1-0

PackageName: libcc1-0
SPDXID: SPDXRef-Package-libcc1-0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libcc1-0
##### Package: libcom-err2

PackageName: libcom-err2
SPDXID: SPDXRef-Package-libcom-err2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.44.5-1+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libcom-err2
##### Package: libdb5.3

PackageName: libdb5.3
SPDXID: SPDXRef-Package-libdb5.3
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 5.3.28+dfsg1-0.5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libdb5.3
##### Package: libdebconfclient0

PackageName: libdebconfclient0
SPDXID: SPDXRef-Package-libdebconfclient0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.249
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libdebconfclient0
##### Package: libelf1

PackageName: libelf1
SPDXID: SPDXRef-Package-libelf1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.176-1.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libelf1
##### Package: libext2fs2

PackageName: libext2fs2
SPDXID: SPDXRef-Package-libext2fs2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.44.5-1+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libext2fs2
##### Package: libfdisk1

PackageName: libfdisk1
SPDXID: SPDXRef-Package-libfdisk1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libfdisk1
##### Package: libffi6

PackageName: libffi6
SPDXID: SPDXRef-Package-libffi6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.2.1-9
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libffi6
##### Package: libgcc-8-dev

PackageName: libgcc-8-dev
SPDXID: SPDXRef-Package-libgcc-8-dev
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libgcc-8-dev
##### Package: libgcc1

PackageName: libgcc1
SPDXID: SPDXRef-Package-libgcc1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libgcc1
##### Package: libgcrypt20

PackageName: libgcrypt20
SPDXID: SPDXRef-Package-libgcrypt20
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.8.4-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libgcrypt20
##### Package: libgmp10

PackageName: libgmp10
SPDXID: SPDXRef-Package-libgmp10
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2:6.1.2+dfsg-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libgmp10
##### Package: libgnutls30

PackageName: libgnutls30
SPDXID: SPDXRef-Package-libgnutls30
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.6.7-4+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libgnutls30
##### Package: libgomp1

PackageName: libgomp1
SPDXID: SPDXRef-Package-libgomp1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libgomp1
##### Package: libgpg-error0

PackageName: libgpg-error0
SPDXID: SPDXRef-Package-libgpg-error0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.35-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libgpg-error0
##### Package: libhogweed4

PackageName: libhogweed4
SPDXID: SPDXRef-Package-libhogweed4
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.4.1-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libhogweed4
##### Package: libidn2-0

PackageName: libidn2-0
SPDXID: SPDXRef-Package-libidn2-0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.0.5-1+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libidn2-0
##### Package: libisl19

PackageName: libisl19
SPDXID: SPDXRef-Package-libisl19
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.20-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libisl19
##### Package: libitm1

PackageName: libitm1
SPDXID: SPDXRef-Package-libitm1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libitm1
##### Package: liblsan0

PackageName: liblsan0
SPDXID: SPDXRef-Package-liblsan0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-liblsan0
##### Package: liblz4-1

PackageName: liblz4-1
SPDXID: SPDXRef-Package-liblz4-1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.8.3-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-liblz4-1
##### Package: liblzma5

PackageName: liblzma5
SPDXID: SPDXRef-Package-liblzma5
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 5.2.4-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-liblzma5
##### Package: libmnl0

PackageName: libmnl0
SPDXID: SPDXRef-Package-libmnl0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.0.4-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libmnl0
##### Package: libmount1

PackageName: libmount1
SPDXID: SPDXRef-Package-libmount1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libmount1
##### Package: libmpc3

PackageName: libmpc3
SPDXID: SPDXRef-Package-libmpc3
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.1.0-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libmpc3
##### Package: libmpfr6

PackageName: libmpfr6
SPDXID: SPDXRef-Package-libmpfr6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.0.2-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libmpfr6
##### Package: libmpx2

PackageName: libmpx2
SPDXID: SPDXRef-Package-libmpx2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libmpx2
##### Package: libncursesw6

PackageName: libncursesw6
SPDXID: SPDXRef-Package-libncursesw6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 6.1+20181013-2+deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libncursesw6
##### Package: libnettle6

PackageName: libnettle6
SPDXID: SPDXRef-Package-libnettle6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 3.4.1-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libnettle6
##### Package: libp11-kit0

PackageName: libp11-kit0
SPDXID: SPDXRef-Package-libp11-kit0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.23.15-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libp11-kit0
##### Package: libpam-modules

PackageName: libpam-modules
SPDXID: SPDXRef-Package-libpam-modules
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.1-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libpam-modules
##### Package: libpam-modules-bin

PackageName: libpam-modules-bin
SPDXID: SPDXRef-Package-libpam-modules-bin
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.1-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libpam-modules-bin
##### Package: libpam-runtime

PackageName: libpam-runtime
SPDXID: SPDXRef-Package-libpam-runtime
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.1-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libpam-runtime
##### Package: libpam0g

PackageName: libpam0g
SPDXID: SPDXRef-Package-libpam0g
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.1-5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libpam0g
##### Package: libpcre3

PackageName: libpcre3
SPDXID: SPDXRef-Package-libpcre3
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2:8.39-12
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libpcre3
##### Package: libquadmath0

PackageName: libquadmath0
SPDXID: SPDXRef-Package-libquadmath0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libquadmath0
##### Package: libseccomp2

PackageName: libseccomp2
SPDXID: SPDXRef-Package-libseccomp2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.3.3-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libseccomp2
##### Package: libselinux1

PackageName: libselinux1
SPDXID: SPDXRef-Package-libselinux1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.8-1+b1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libselinux1
##### Package: libsemanage-common

PackageName: libsemanage-common
SPDXID: SPDXRef-Package-libsemanage-common
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.8-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libsemanage-common
##### Package: libsemanage1

PackageName: libsemanage1
SPDXID: SPDXRef-Package-libsemanage1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.8-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libsemanage1
##### Package: libsepol1

PackageName: libsepol1
SPDXID: SPDXRef-Package-libsepol1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.8-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libsepol1
##### Package: libsmartcols1

PackageName: libsmartcols1
SPDXID: SPDXRef-Package-libsmartcols1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libsmartcols1
##### Package: libss2

PackageName: libss2
SPDXID: SPDXRef-Package-libss2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.44.5-1+deb10u3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libss2
##### Package: libstdc++6

PackageName: libstdc++6
SPDXID: SPDXRef-Package-libstdcC43C436
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libstdcC43C436
##### Package: libsystemd0

PackageName: libsystemd0
SPDXID: SPDXRef-Package-libsystemd0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 241-7~deb10u4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libsystemd0
##### Package: libtasn1-6

PackageName: libtasn1-6
SPDXID: SPDXRef-Package-libtasn1-6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.13-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libtasn1-6
##### Package: libtinfo6

PackageName: libtinfo6
SPDXID: SPDXRef-Package-libtinfo6
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 6.1+20181013-2+deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libtinfo6
##### Package: libtsan0

PackageName: libtsan0
SPDXID: SPDXRef-Package-libtsan0
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libtsan0
##### Package: libubsan1

PackageName: libubsan1
SPDXID: SPDXRef-Package-libubsan1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 8.3.0-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libubsan1
##### Package: libudev1

PackageName: libudev1
SPDXID: SPDXRef-Package-libudev1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 241-7~deb10u4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libudev1
##### Package: libunistring2

PackageName: libunistring2
SPDXID: SPDXRef-Package-libunistring2
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 0.9.10-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libunistring2
##### Package: libuuid1

PackageName: libuuid1
SPDXID: SPDXRef-Package-libuuid1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libuuid1
##### Package: libxtables12

PackageName: libxtables12
SPDXID: SPDXRef-Package-libxtables12
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.8.2-4
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libxtables12
##### Package: libzstd1

PackageName: libzstd1
SPDXID: SPDXRef-Package-libzstd1
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.8+dfsg-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-libzstd1
##### Package: linux-libc-dev

PackageName: linux-libc-dev
SPDXID: SPDXRef-Package-linux-libc-dev
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.19.194-3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-linux-libc-dev
##### Package: login

PackageName: login
SPDXID: SPDXRef-Package-login
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:4.5-1.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-login
##### Package: make

PackageName: make
SPDXID: SPDXRef-Package-make
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.2.1-1.2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-make
##### Package: manpages

PackageName: manpages
SPDXID: SPDXRef-Package-manpages
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.16-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-manpages
##### Package: manpages-dev

PackageName: manpages-dev
SPDXID: SPDXRef-Package-manpages-dev
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.16-2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-manpages-dev
##### Package: mawk

PackageName: mawk
SPDXID: SPDXRef-Package-mawk
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.3.3-17+b3
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-mawk
##### Package: mount

PackageName: mount
SPDXID: SPDXRef-Package-mount
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-mount
##### Package: ncurses-base

PackageName: ncurses-base
SPDXID: SPDXRef-Package-ncurses-base
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 6.1+20181013-2+deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-ncurses-base
##### Package: ncurses-bin

PackageName: ncurses-bin
SPDXID: SPDXRef-Package-ncurses-bin
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 6.1+20181013-2+deb10u2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-ncurses-bin
##### Package: passwd

PackageName: passwd
SPDXID: SPDXRef-Package-passwd
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1:4.5-1.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-passwd
##### Package: perl-base

PackageName: perl-base
SPDXID: SPDXRef-Package-perl-base
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 5.28.1-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-perl-base
##### Package: sed

PackageName: sed
SPDXID: SPDXRef-Package-sed
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 4.7-1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-sed
##### Package: sysvinit-utils

PackageName: sysvinit-utils
SPDXID: SPDXRef-Package-sysvinit-utils
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.93-8
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-sysvinit-utils
##### Package: tar

PackageName: tar
SPDXID: SPDXRef-Package-tar
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 1.30+dfsg-6
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-tar
##### Package: tzdata

PackageName: tzdata
SPDXID: SPDXRef-Package-tzdata
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2020a-0+deb10u1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-tzdata
##### Package: util-linux

PackageName: util-linux
SPDXID: SPDXRef-Package-util-linux
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageVersion: 2.33.1-0.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz CONTAINS SPDXRef-Package-util-linux

Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-9dbc9d4e0b3de914eef5b26d28fe86dea72c69cc32f1bf39252c361750bc3a7f.tar.gz
##### Package: 8b7113d119b27a9cdb6dc92865c96d6a89b953cea152a13c426199cae2497b41.tar.gz

PackageName: 8b7113d119b27a9cdb6dc92865c96d6a89b953cea152a13c426199cae2497b41.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-8b7113d119b27a9cdb6dc92865c96d6a89b953cea152a13c426199cae2497b41.tar.gz
PackageChecksum: SHA1: 671df3a00a06961065d470808dc507e800199ce8
PackageChecksum: SHA256: 8b7113d119b27a9cdb6dc92865c96d6a89b953cea152a13c426199cae2497b41
PackageChecksum: SHA512: 44e785afe77ecef7ac0ba0fba990732fea38e3da0f945f6f9121094b8f792d5de7366fe069f2cc1e49f10d7e644fb9683da4ebf13ace4edaae707df0caec2bb7
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: 8b7113d119b27a9cdb6dc92865c96d6a89b953cea152a13c426199cae2497b41.tar.gz
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-8b7113d119b27a9cdb6dc92865c96d6a89b953cea152a13c426199cae2497b41.tar.gz
##### Package: 2c2c376e4e8a1394f9d88172c515af23f48a8280d0f732fc4b04df90b842bdc5.tar.gz

PackageName: 2c2c376e4e8a1394f9d88172c515af23f48a8280d0f732fc4b04df90b842bdc5.tar.gz
SPDXID: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-2c2c376e4e8a1394f9d88172c515af23f48a8280d0f732fc4b04df90b842bdc5.tar.gz
PackageChecksum: SHA1: 4b019bb6ae529ba5aa7bdd31807ef856365e1128
PackageChecksum: SHA256: 2c2c376e4e8a1394f9d88172c515af23f48a8280d0f732fc4b04df90b842bdc5
PackageChecksum: SHA512: f2ad14131f24c46e01d4fe1a097f92a625362cb51ad179a68763beae56430aa904f9597ea2cad26e0469997f6a3de3f47c5a77e233cdd12d11be018ab774cd53
PackageDownloadLocation: NONE
FilesAnalyzed: false
PackageLicenseConcluded: NOASSERTION
PackageFileName: 2c2c376e4e8a1394f9d88172c515af23f48a8280d0f732fc4b04df90b842bdc5.tar.gz
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION


Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84 CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84-2c2c376e4e8a1394f9d88172c515af23f48a8280d0f732fc4b04df90b842bdc5.tar.gz
Relationship: SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84 VARIANT_OF SPDXRef-Package-automatingcompliancetooling-spdxdocfest-time

Relationship: SPDXRef-Package-automatingcompliancetooling-spdxdocfest-time CONTAINS SPDXRef-Package-index.docker.io-automatingcompliancetooling-spdxdocfest-2cbecdbb363bd6eb2f1fbae7b75263af9043d85cc76ca17beb2f02bbadf91d84

Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-Package-automatingcompliancetooling-spdxdocfest-time

##### Package: spdx-tar-extract-4192969044

PackageName: spdx-tar-extract-4192969044
SPDXID: SPDXRef-Package-spdx-tar-extract-4192969044
PackageChecksum: SHA1: 75068c26abbed3ad3980685bae21d7202d288317
PackageChecksum: SHA256: fbacf0c81e62429df3e33bda4cee38756604f18e01d977338e23306a3e3b521e
PackageChecksum: SHA512: 5c6dabbbe71e9103a47b892b86bb914c1704122d4fe7dff1e2cbd28503297163118d295077d8e062b035d673a1f91c36f8a45c7383f374fd766942b32bde4406
PackageDownloadLocation: NONE
FilesAnalyzed: true
PackageVerificationCode: 4ee8abb8bc16eaa2a44446bb6354fef171bb5543
PackageLicenseConcluded: NOASSERTION
PackageFileName: time-1.9.tar.gz
PackageLicenseInfoFromFiles: FSFAP
PackageLicenseInfoFromFiles: GPL-3.0-only
PackageLicenseInfoFromFiles: FSFULLR
PackageLicenseInfoFromFiles: MIT
PackageLicenseInfoFromFiles: GFDL-1.3-only
PackageLicenseInfoFromFiles: GFDL-1.3-invariants-only
PackageLicenseInfoFromFiles: FSFUL
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION

FileName: time-1.9/GNUmakefile
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-GNUmakefile
FileChecksum: SHA1: 8cc0a9e05e94ebcb65085d8be9c2d335facbbbcc
FileChecksum: SHA256: d746e481fd65f197211efb76fcfdad3859eaf00ca0bf380c7a414449e4ae3259
FileChecksum: SHA512: a66c1706365e4f140cf0ed68dd320d55f9526a45a29be44900abdc01a35c2c78a59f13d7ca8416a929bb0cd9f56fc396305c3063a29d4c8933229799c6e924d4
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-GNUmakefile
FileName: time-1.9/AUTHORS
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-AUTHORS
FileChecksum: SHA1: 7951f4ceffdb030ec617eddf7bba22523cc1a67f
FileChecksum: SHA256: 00736429e6c818e30c469ee5576812e1294f6b0862711ce29203e0ee467e025d
FileChecksum: SHA512: 721ec0a4a293b8279451bba84a98982f75ab71d842ea0244557cb98a47e5f427f4bfbfdf6b52a81a8260040fc299e8c5685963fa3b23a2a7c64b101df22b0a7f
FileType: BINARY
FileType: APPLICATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-AUTHORS
FileName: time-1.9/ChangeLog
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-ChangeLog
FileChecksum: SHA1: 0a3a0e1ab72b7c132f5021c538a7a3ea6d539bcd
FileChecksum: SHA256: 810f62682648695db43226bf70de8c2dcb0ef9c9f77326341d2389355a05529f
FileChecksum: SHA512: 981500f7dcb5ae6f7dd03f6a0818e8a39fdb7fc6397cf7e7b10e5179b9fabab7ed1b7a8b0f879b11d2c2c4c39f9df7bc84a0faa8fbd3faba0a97433fa83c1624
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-ChangeLog
FileName: time-1.9/INSTALL
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-INSTALL
FileChecksum: SHA1: ed90eb318bd3ebb4ae1a2bd352f106786a2923f4
FileChecksum: SHA256: 54be5efe708bd5a7b433ab227130c5548221151698d17eb7eb142f640cf291ec
FileChecksum: SHA512: 0a52efa22c55547801b1abf13207b62b1b1bdbc9142a3ec59221e9f83e2d3ce75b9f300394fc7de40415728c62619cd0c342bd653362e9fef94b2d7262c98847
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFAP
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-INSTALL
FileName: time-1.9/NEWS
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-NEWS
FileChecksum: SHA1: ae3b07644500912b2bed3cc39bdcf53f2e1c26f4
FileChecksum: SHA256: 94b66c236593445c3d1c6945e1c49eaa442d425519f9cf70f51f134c64403d0c
FileChecksum: SHA512: df2e29e0fe319159ac4070f800feec0b702d9cb52fa76a3c3ea3f5b889992ada5249a442470e498dacfe5805f1e5b54a64649912afaa506028fd46a8a62f27ad
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-NEWS
FileName: time-1.9/Makefile.am
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-Makefile.am
FileChecksum: SHA1: b108e706ea53ff8a81adb3e0f812882db4735f05
FileChecksum: SHA256: 39fef26e7498d3ff5b706bc6f4d4823da506b7ddbcc61707d9c3a0aea6a9a0f1
FileChecksum: SHA512: 92a40fc0192ea8f1d9d06e3862ec30f4a93ba9f597e79a33fd05c38880e8ba5ffaede4c14828b9b916109a7695cab5386f7c7e04d762073bbbd3b1c2d7fba635
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-Makefile.am
FileName: time-1.9/README
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-README
FileChecksum: SHA1: f87147d15b32b10d44a4df040037bb1cc15c87e8
FileChecksum: SHA256: d1665e188a9ceb040c9ae2de22080e098b0bf1b96a298fe0a9764409e7eb378f
FileChecksum: SHA512: d80c589d3c87312e7c461c08a5aca6882a056d7f3142722de9afa5d70f3f8f2db985afcf3bec7b27650e52de9d8e2f6abd257a054b02c69efcdecb1372630c2e
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-README
FileName: time-1.9/COPYING
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-COPYING
FileChecksum: SHA1: 8624bcdae55baeef00cd11d5dfcfa60f68710a02
FileChecksum: SHA256: 8ceb4b9ee5adedde47b31e975c1d90c73ad27b6b165a1dcd80c7c545eb65b903
FileChecksum: SHA512: 7633623b66b5e686bb94dd96a7cdb5a7e5ee00e87004fab416a5610d59c62badaf512a2e26e34e2455b7ed6b76690d2cd47464836d7d85d78b51d50f7e933d5c
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-only
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-COPYING
FileName: time-1.9/build-aux/compile
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-compile
FileChecksum: SHA1: 03a05e37267c2f1c9fea4f2a6a15f8a7beb91c0d
FileChecksum: SHA256: 41856428226c049fa0ea4ca7a574c28416de2769b55ed7feea4ab5e60283af16
FileChecksum: SHA512: 9e10c7197471b1b3ca825378a4184570c145b38d6edeab9bc6d16feafd7d66ce776b4e9959c8d304858d4f833754eec52fbbbea1a3aa5cdcb66c1c47107676b2
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-compile
FileName: time-1.9/build-aux/config.rpath
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-config.rpath
FileChecksum: SHA1: 94d9d908140d39fc3f9a940c0398e86db479fe34
FileChecksum: SHA256: 1c44fca892a1a921174eca4403a4a1bc6a96d7091083412b540881cc63fdaf31
FileChecksum: SHA512: e881ce01fee1cfa2406c1bb89d01a4082b0aa0c07239d4ca8222aad0d6c837967fd31737fa579c64dc628808f7b07920fb39aee2bacb39fd5c6e65ce8bc9853e
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-config.rpath
FileName: time-1.9/build-aux/config.sub
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-config.sub
FileChecksum: SHA1: 847084fc5a4190626624f6629e3782614414973c
FileChecksum: SHA256: 2cf32747ef7d6b24138c77a53f8bf5ec2a11fcd962e5a5f62ed5c55e05f3be54
FileChecksum: SHA512: 1514eb1abdb002cee77bd92b7454f9ef96a084a6a8097d8b024e085f6de1ecadb2049ba88d95af141c6c2e87e4db5ab43163362a0575bfb37d0274fc102bb809
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-config.sub
FileName: time-1.9/aclocal.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-aclocal.m4
FileChecksum: SHA1: 6d92b5aec8fdaff9d61dd8b041413657bce9910a
FileChecksum: SHA256: 5b25ec9b8e26416ac861fe296089a9de68d55e9a2c0a0b311da044a774f9b601
FileChecksum: SHA512: f4cb2f34fee0941d21874505fd6cfefb11ae9d22265d66a0e35c255cc19adf66504a60ecd7ecc729615f55144e1aec081b1a15fe63b3ee62115cab8cd69df292
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-aclocal.m4
FileName: time-1.9/build-aux/git-version-gen
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-git-version-gen
FileChecksum: SHA1: 9145fb9ee80ba23ed781baf42f08b32e53c5c384
FileChecksum: SHA256: fb42a72cbd550cf640e58564e3b07ddae79f5282753369a48d3689a887056806
FileChecksum: SHA512: 494060ee6867572013865f575f956b9ab28f291d9727295132f8b5d149f5f49ac77f3208c5c100c50840437bba94a184ab6a6f9e90290b6729bbd3fd32cf4cac
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-git-version-gen
FileName: time-1.9/build-aux/depcomp
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-depcomp
FileChecksum: SHA1: 81388f72975aa969aae12bb81472ade0d5f62c10
FileChecksum: SHA256: 561b133cbb3d0806480302a72ef4fda57e3546107dec6bc570f01c8e52ded09f
FileChecksum: SHA512: ac6e95768be8ace288dce3925d7860ed38ae06e90ac5b3a3efe09a2e0da0892a8458d7d28ce489a6cfd1163215970f212307b3660cb849c2bf301b45a8796603
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-depcomp
FileName: time-1.9/build-aux/config.guess
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-config.guess
FileChecksum: SHA1: 5c84fa19f8e181ad8100a1afecd03426318834c1
FileChecksum: SHA256: 5b075cf337b7f5ae0fee6882f46d94dd7fa4045b24ca9d71ba0169f979f868ad
FileChecksum: SHA512: 25fc608173c5ac5b04551c53a1d16c4ccc086b1e1c41918140aef8592fb3cf79ccb4404f3c001f34531a9c5d312928a8158ea12e4e7e453219f8f8077f118b68
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-config.guess
FileName: time-1.9/build-aux/mdate-sh
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-mdate-sh
FileChecksum: SHA1: 95d39f2b33a700f674893faf568442c2f898999a
FileChecksum: SHA256: 7b82f087d05c99ee1023aa50af27439168a62ddfa8f2faca309848e194e8b9a1
FileChecksum: SHA512: 1401f3063d326dfdcea61cce4efe201c1fdaf6ddbee34a1e5304dec4a42d15a9398899034cc689b7d3e6909566825570534fe94e32cd63e8ecab8df111766d1c
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-mdate-sh
FileName: time-1.9/build-aux/gitlog-to-changelog
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-gitlog-to-changelog
FileChecksum: SHA1: d42f8fbf99b9d9967c976f4501dca68266768aae
FileChecksum: SHA256: b4f3f06c9500755923d86a066d537d90178e332fa7e2e3fd4246d1c2ea590e55
FileChecksum: SHA512: 2b7315384d38d929c99f2c552d0022aa2b60e46080e7b2dbf25d61c3270a7dd87c571f30a6abeb9cb969204078e911403db889f8048801e3670a4ba42efb1c47
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-gitlog-to-changelog
FileName: time-1.9/build-aux/install-sh
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-install-sh
FileChecksum: SHA1: 45053d3e25fb26a5b3c4a00a23d6b572086a2445
FileChecksum: SHA256: 618b9afe95659e12966f090232b2e713946f1c162915c8385dfff71f34eacd58
FileChecksum: SHA512: a250f42caf1ded48fd02ff9c39de0344ea3cfa14d36727807a7ebc65df06f6c1d976419809395ae00667d6289e9aa1b4d6b5eb38b64b051c07e03c80c8ecddfd
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: MIT
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-install-sh
FileName: time-1.9/build-aux/missing
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-missing
FileChecksum: SHA1: fced81554799feb0f10fb56e3a06acb92c7ce7b0
FileChecksum: SHA256: b1a337b731bbb58846d31ca2f5143c293a455fa41b481e236e89a9016d96b034
FileChecksum: SHA512: 665a4c151d87f7dbad121085539f9d7a6d7bfb70d6713f7138423157f94015a8fa4c129c9887024f3403d4eca4b57edaf2ec851a9e6d6663714c1901362280b2
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-missing
FileName: time-1.9/Makefile.in
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-Makefile.in
FileChecksum: SHA1: 1517b8d574225cf2dba4d484984004983b324dcd
FileChecksum: SHA256: 2ea4e5d9cb17ad5aedc89ac042b4b80b055b33dca897baecefe87b34c17a2385
FileChecksum: SHA512: 8329267d7cbd3e7e35e98badd66bc70b34d2ae5e32f599547342a1222406aab957487347628d177fd712dedc71180f83dd31ccd907de7769e419c7633f8f6ca9
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-Makefile.in
FileName: time-1.9/build-aux/prefix-gnulib-mk
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-prefix-gnulib-mk
FileChecksum: SHA1: d3b0652874bfa83f7519ca90b82710e7fa76cc00
FileChecksum: SHA256: 09d69c15d3501a5f8255bdf1f6f042bfe16e975e998678d18d14f6b18dcc5926
FileChecksum: SHA512: 15fcc970b8a793a012431c3961c4f0c903f77d2f4c64949bb14434cf3dfd4a4ba28f381154b29ff463461a185b07649fcbb45e69b137ee54cd0733311e2aa723
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-prefix-gnulib-mk
FileName: time-1.9/build-aux/test-driver
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-test-driver
FileChecksum: SHA1: ebabeb373c5af3b8606b510a2494955e34325d8a
FileChecksum: SHA256: 7c1ae35455771ae32050c2ed109e3d297160b6d1a2f70b0278cf6968e5e7e98c
FileChecksum: SHA512: c8c7d5938c00fb669b22979321a91768c48f66c0229b6a911b3fb54ff7dd9f54ff0cecb0cc09c563daf3cf82e3097ddeb0544611d6213115460c776118cca084
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-test-driver
FileName: time-1.9/build-aux/useless-if-before-free
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-useless-if-before-free
FileChecksum: SHA1: 8bc335752c95905823f68cc74fff9b100b211e62
FileChecksum: SHA256: 6b93a44744d10fb60bfb53da1b14ae70acbcc583519806f1241aaf2fef36afed
FileChecksum: SHA512: cdcd7da3b3c2d56c73f67f8eed86253cd250290c2741ef73717980bd11cb3a17ba48f61ddb955e767af230a7f8fc76986de23f273cfbadd14eb2e6ea4bedca43
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-useless-if-before-free
FileName: time-1.9/build-aux/vc-list-files
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-vc-list-files
FileChecksum: SHA1: 8f030960a3b263f581ca7f85b172bcaee7378380
FileChecksum: SHA256: a6717adc8dbf2dd59205a72d06da515649f7cb6d44ee90aa1a2e9685c994964d
FileChecksum: SHA512: 18d615edef6f809c98a311c857dcca542731e2d2d588af41d8c7f5fdb75d9ee7f92647698e7add7f70d54dff5ff38697f00fb9075fbb0a13e9d95bbc60d04385
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-vc-list-files
FileName: time-1.9/build-aux/update-copyright
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-update-copyright
FileChecksum: SHA1: 07ff1cb1250c2d91aff08a8f5e872933c6523de4
FileChecksum: SHA256: 4da94c3f755f32ef8621da4625c169e6284cd2ff2cec187b9b012fd316adf2f5
FileChecksum: SHA512: 0d3df04940ee8e23a48bfba36f5bddec59a08a11b827e6229d9268d89f84c8a441974ccf65d4b858489d0ada67d76b629ac095f3ce0126ca6e8d15e81ffc9cea
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-update-copyright
FileName: time-1.9/configure.ac
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-configure.ac
FileChecksum: SHA1: 7ff96aba93c8885a48dda73d892dda8b0063e73c
FileChecksum: SHA256: ed613dfd89188b289329ec3f9852937c7643fef686514628df2e506a10852742
FileChecksum: SHA512: e559f8575fc1282a357129846d3d205ee83cb8fea81962759325e9f0d65b68273f54ded83b1130c3cceb17e368ecf38befc0d3ff51dc8be135d1f9daf9e29f66
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-configure.ac
FileName: time-1.9/doc/stamp-vti
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-stamp-vti
FileChecksum: SHA1: b8704559c36de165e01c23b7a084035cd757ed39
FileChecksum: SHA256: 0973c182c0cfa76b7c97caff22df7c495a388918cb3aca5a31918297ae84c058
FileChecksum: SHA512: 1511a12dc258f034203908b7258759741bb0ae25ca8a36ee0e561b65c37dffe73f939e5c1d41d72acae81a0410885dd7c5ba6e84b94cd229e20b202fed17e6c1
FileType: BINARY
FileType: APPLICATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-stamp-vti
FileName: time-1.9/config.in
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-config.in
FileChecksum: SHA1: a3ee869fd47d2e99f5d7b98b201ef4a7e9309542
FileChecksum: SHA256: 5fe7ba024c64b2dfcb572170cd3e578728740aa6957699e9cdccd6405a57b4f4
FileChecksum: SHA512: ecc1da2065ae1e7e9375d0a0486ae27a27144f8274cbea3f4775a3588c9d03c9286288fd67b0728646c181ee42e91c6fe2ad4d2339d7f5048ee34e8aa350a5ce
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-config.in
FileName: time-1.9/doc/time.texi
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-time.texi
FileChecksum: SHA1: 8a9b21d1d5d8fac7d4343457cb930f376f415b48
FileChecksum: SHA256: 6559e5280f45d7df4adf5b39d4adc12aa716dab4eb98b55ac50e38c57d03253a
FileChecksum: SHA512: 3f24b49165146f06a1d1e2628d973d7960d5866c95efa8f524c4bb69dbc342c03ccebd674fd6880a138b9e4ec1d96c7b0b24305ef2956506a40c57bafbedfe8c
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-time.texi
FileName: time-1.9/doc/version.texi
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-version.texi
FileChecksum: SHA1: b8704559c36de165e01c23b7a084035cd757ed39
FileChecksum: SHA256: 0973c182c0cfa76b7c97caff22df7c495a388918cb3aca5a31918297ae84c058
FileChecksum: SHA512: 1511a12dc258f034203908b7258759741bb0ae25ca8a36ee0e561b65c37dffe73f939e5c1d41d72acae81a0410885dd7c5ba6e84b94cd229e20b202fed17e6c1
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-version.texi
FileName: time-1.9/doc/fdl.texi
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-fdl.texi
FileChecksum: SHA1: b325d74cd9fcecf5e9472248c2ce93ba2bda2c16
FileChecksum: SHA256: 69c7e482859498bd4e06d0420f90c4c4a74ad1152ddfff8f13f9bcc892da35c5
FileChecksum: SHA512: 9ddae6aaa7dec286c213e009030cb702c13c0e867b0c77110fcb82d31046b420d93c91a42a4df6fa35c4344f71ad34a3a6613e7a570372c89731b7ea0b202c86
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GFDL-1.3-only
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-fdl.texi
FileName: time-1.9/lib/_Noreturn.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-C95Noreturn.h
FileChecksum: SHA1: 1f64b11327ec515b28fa1e0300ec147259a98517
FileChecksum: SHA256: cf82d688a68295f019619c6c09e69b43c431bc7c52ec7ddd9d2cd08ccac7d50a
FileChecksum: SHA512: 3d92cb4f982a6c02878923d120ea533729af2fd5d82164cc7fcd86d2e0d7b758f11b85729cf5352a8c0ad1c0c6e308d432cee39e7e1919b346c98c7d2d06c75f
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-C95Noreturn.h
FileName: time-1.9/lib/arg-nonnull.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-arg-nonnull.h
FileChecksum: SHA1: ba8c225a8601ead39e8ebc493e9fee13428dead6
FileChecksum: SHA256: 1d26e622aca386beeead07270e94cd282702aac25cf9d2df911a842336f65f15
FileChecksum: SHA512: aaa8bec803ab8976019ae54366422daa6c520dd75cad9c05beb2e7365b3513b43d09887b4fa64287c4c040d5b2ea9f33e4f9d12c18205a27ba000ca0363858a5
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-arg-nonnull.h
FileName: time-1.9/doc/time.info
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-time.info
FileChecksum: SHA1: b11d29e1de8f333ca0839a4315d5c20d921fb67d
FileChecksum: SHA256: d1384a49fd4b301494cdc06eb1d9733a042c1a98b7d4a34a95dda867d7df20ba
FileChecksum: SHA512: 20f272d2e0a72df86e93a1c46d133219d2e7e84da8934ccf7c50bd5153ce0a4fed2deed89fb0e37f7fe6524a0cac2cdf34cce0d961acb4640f905ab810dccf2c
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GFDL-1.3-invariants-only
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-doc-time.info
FileName: time-1.9/lib/dirname-lgpl.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-dirname-lgpl.c
FileChecksum: SHA1: d5f42477ac5f44d3f9fc3369e07fb838852a5f74
FileChecksum: SHA256: c986c9f26ea1dd0c86f9a42f9f9fa36ec312b2680585bf840c058bb61b1aa002
FileChecksum: SHA512: 1f20d5d5d7877d46936525ee06b07d4260df4ec32dae8e3a84d73609dd3d87a3ae4d12fd99d41ba6b62ff7aa28f46dd7d8a042e67c8c536aafc1a30fc509dd3c
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-dirname-lgpl.c
FileName: time-1.9/lib/c++defs.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-cC43C43defs.h
FileChecksum: SHA1: 4812e217ecdbb32a4adb9c3c2724ceb8f4ebabc1
FileChecksum: SHA256: 78c8eeb06644829eaffc5dcd8814a43f64934438314bc7f0afc4c7a005de2a1a
FileChecksum: SHA512: a5fb5279c542b1b9a95ce0d5cefff6190afd1c06091e99c035cd97b92ec76e554f991979c0413f277d3bf6bf612c0158fed17a5ca55babf5cecd822a95a13342
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-cC43C43defs.h
FileName: time-1.9/lib/basename-lgpl.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-basename-lgpl.c
FileChecksum: SHA1: f3bf19e8ac996910db6a7d72585fb6ac6cdcd378
FileChecksum: SHA256: b35b3e52b80f4b1ddfacce3681621c920088b2a02aad74ad0bbc2d08481ab2f3
FileChecksum: SHA512: 2816f3d6ce9de457927c0d745d1e64091fbd6fc3e05675d5278cb36c4a0dec5fc676bc395369507daaee90375260ebb2f25304dfb717eb58870ac270312aa891
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-basename-lgpl.c
FileName: time-1.9/build-aux/texinfo.tex
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-texinfo.tex
FileChecksum: SHA1: 85493d1ff3bccecb5e09634b779acc65f2250d83
FileChecksum: SHA256: ed42683dd431d7f27340017a309ff05409845710f1d7bb91b02421c5bebf772c
FileChecksum: SHA512: 8160b97bb23854face8a19c0fa418cff2daabf8ffd1111466973f0e5707904b6783b00e5791c03d4f9a628dbd69007cc167f22962c82ca9fbf7266d1ccbe394b
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-build-aux-texinfo.tex
FileName: time-1.9/lib/dirname.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-dirname.h
FileChecksum: SHA1: 55401f622fda3e3f785d3060598f45955973489a
FileChecksum: SHA256: 15e061c89b09b75007fd3dbb950593e2ab177743456b51e123cecdf822e66432
FileChecksum: SHA512: 8e9f4049a4cb97a193bea9fdff07a3e959955033fe47d62defa680f33b2cc6bf3d74e92c65e8e88e153f2b78015bd03a28ddeb83acb0f3b44be7248a615b5092
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-dirname.h
FileName: time-1.9/lib/dosname.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-dosname.h
FileChecksum: SHA1: d9beea323c6e885ad2af38b958f90edab03ad791
FileChecksum: SHA256: 0bd00d0d49704eb8b2624be5313e9cef1100a31b9444480f9baa71148d07ed12
FileChecksum: SHA512: e580afb6502b8659c7d26fb8450a7e000cd5ca97c7a158ab31a53553fcb8eb161d7a685c1f4ba3e3d1c5784c432d2a48146a536817d01ac9134310bef233c6ef
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-dosname.h
FileName: time-1.9/lib/error.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-error.c
FileChecksum: SHA1: 08606eb61b4b4f7c8c8ed2fc37a32924abde3d5e
FileChecksum: SHA256: 864159854cc8769c204b901de10448a4885bba0bcffc33a436c60f781ee8165a
FileChecksum: SHA512: 69c15373c554eae9f8efdd449b42eb7439987b9a7c2164a9fbf427e904c7e272fe4a8111fcff332bc3285cca5c290f403289966e65a395c4b66947f15b7cf1fa
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-error.c
FileName: time-1.9/lib/errno.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-errno.in.h
FileChecksum: SHA1: 51c5dbea1f25643589da0c47cccda59b406919d9
FileChecksum: SHA256: cd318cbbad93f2230b962e21c96430ba55b7a4234a2fe976751d1d4e1d326d6c
FileChecksum: SHA512: 70cfcd80c42595dcdb96c2cba776e1efe5562d2cf16f36fc34e35199da90d360f0e18120292a5557f3b2caec77229560eca5ebc2ae67b3de52ebc2a0550e90bb
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-errno.in.h
FileName: time-1.9/lib/error.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-error.h
FileChecksum: SHA1: 13274964ca99ef14e5e04d96e1c4a0d7b32e1b0c
FileChecksum: SHA256: bc6e5f143073153fab95633b1ae2f2d02229e0c14bad628b657300a5a3fc3cce
FileChecksum: SHA512: a308c33de8a4ac052da7d1b47ebfeb33c086cefc14b186fbdaab6b98da8508ca9c5a5be509ba8344bbe8d3de98387c251fde274c981d54fecb0c6552deee367d
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-error.h
FileName: time-1.9/lib/getopt-cdefs.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-cdefs.in.h
FileChecksum: SHA1: 727a5d1dab736ffd5d8c119f8e9c19f7d30f9b6e
FileChecksum: SHA256: d230e1b18ad1fd5c074ef01a8fbf481cf15ccf6900521a454df63fe32633c36a
FileChecksum: SHA512: b0ab072c5e50eab78dbb367eeeb2bc47027934b8750bf245e324e669cc3cb1742d3e8951c3bd3b1cd902c51a50846c4f804d464dc10cbb5eeaafd12e48708c9b
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-cdefs.in.h
FileName: time-1.9/lib/getopt-core.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-core.h
FileChecksum: SHA1: 4e75ae10609c86c0a1a9cfa6d02e1f7e9b5e6878
FileChecksum: SHA256: c1411e50a04d4c539a9541385747d5e23b5062cd4fbc1cded3e801f85f7ed103
FileChecksum: SHA512: 6ca905bcea1b4284082cf659f89c82a38d64f89d3c7639ade304d800791c332308d276a29a452fe035aa3e0a631f0eb02dfd77d8d79f2d02356d12de412cda74
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-core.h
FileName: time-1.9/lib/getopt-pfx-core.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-pfx-core.h
FileChecksum: SHA1: 6221c6a5453d05fca62d76f9db5f36113a64de1a
FileChecksum: SHA256: 1f46be4982dd9d51eb1b3135c23faa64c31ba2c443335c92fefdb872505b9c44
FileChecksum: SHA512: c002cf8dfdd3b5184e8febca43857f7402ae5ca90f37951a64a3197295418aca3d29b66dfcbaaa7d7ca82779e1f69a9679b1a14f054180615f427274c27e28e4
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-pfx-core.h
FileName: time-1.9/lib/getopt-pfx-ext.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-pfx-ext.h
FileChecksum: SHA1: f535bcc34c386889067f693654264b99ac1dd9ec
FileChecksum: SHA256: c89779e083ab5477b943b418f626bfb9c154d0ab1365e68bf00ab04749885acf
FileChecksum: SHA512: 39cb6159e3c7c56034b858be7be196683fe272949844f3c6322ad7b777263fc0c0d00ee31f5b6897ad9eacd8a8f18f9003567af56c653d3ec678f7861bd02c03
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-pfx-ext.h
FileName: time-1.9/lib/getopt-ext.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-ext.h
FileChecksum: SHA1: c223bd7467ee633d0ca43ae9bcf04236b340743d
FileChecksum: SHA256: 633f7a7b8f65cb8a8853bc16a2c19030317e227cab175874005c4b70a66e313d
FileChecksum: SHA512: bb79f63a7a792562cc36b3ebcf86a1230602ca45c994b81e12101d346cac909e9a05155fb3834ea412179457a6986e73f9d7457880801c14cb4a6a72278f8ca1
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt-ext.h
FileName: time-1.9/lib/getopt.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt.in.h
FileChecksum: SHA1: 8d386e709ce374a988fe2b094d0fe6f988723b1a
FileChecksum: SHA256: 11739b8693195a2b641de36e026f9b4e6801b8f880ac15d20d2b732758ed9238
FileChecksum: SHA512: 1c58aaea01fd132fa430d4e5420e5453c013b8b618572328c619ef97eccc7768fdd95b759522b31005af6ff8fb9801ed190409a3cd45d9600820cf77c6b34a0b
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt.in.h
FileName: time-1.9/lib/getopt1.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt1.c
FileChecksum: SHA1: 7c87216625f1e6f54feaa7ff616d42ef7daf3bac
FileChecksum: SHA256: e363c91183842b116f81ba420ec2027b602c697707ecd8d865552ddc5c409181
FileChecksum: SHA512: 020dc30903f0bc31c3a777932288b02ec30d99186e106f0d062430d15af301cad6cce60057a7256a6052e6f4a716b8288fa7d75f55ab70161b28907957ee93b4
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt1.c
FileName: time-1.9/lib/getopt.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt.c
FileChecksum: SHA1: 1707d5465726240aadde3564add387435b4b7d42
FileChecksum: SHA256: 639b4ab1e04996a7a81a6edd2dcc11b9579e84e034ffbfe1c712e94aaefb5eaf
FileChecksum: SHA512: d65fc46a7089d400abbb2eb117a3762ae624f5ad7ba89b7b693e2899d39262cecddffb8a4793854d9fc1e47968d2b43a90a6866d7645b384f92f31eb0483efaf
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getopt.c
FileName: time-1.9/lib/getpagesize.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getpagesize.c
FileChecksum: SHA1: d35bf98dff95deeec41e9c5bccb3f56d9b0ae768
FileChecksum: SHA256: 2e8abeef3ea8f26dd3e5efaf15d02a4061083f4a8506fc20bfd5dd570873200d
FileChecksum: SHA512: fcf52a79d3c5267aaacf11b82f4fbf9dc4faa0ad1f40b662f570d042ef5900d120fc0db630bcfb380c9c5850919c981b8e3ad1b407c39764cfb3221f03317b33
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getpagesize.c
FileName: time-1.9/lib/getopt_int.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getoptC95int.h
FileChecksum: SHA1: 4f5801bf10900fdc389686accb97e1d257069b86
FileChecksum: SHA256: 520083a8b22b40e3e4fdee21c1ea1285da98998bbe9af7fa4bb491ef440521d1
FileChecksum: SHA512: f9f031746d70e7911ab58814311356a28f35e1e6a38e70ff26fb8aaba2fc5546c4a7d6479eb256cd72f758e20c9829e0b1c4f8d5150f04d382bb3d1161db804a
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getoptC95int.h
FileName: time-1.9/lib/getprogname.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getprogname.c
FileChecksum: SHA1: 11d87efc44342830c115a655eba086c918137452
FileChecksum: SHA256: d35ef953047cb6162323dde8766dd55062c8299332dbd9477caaedda95bdf229
FileChecksum: SHA512: 7c546e800e4f9f608e468ec5d3433f507bee8ee829ec402714a9526735457a085b80be1ceb50053e5982ba8a844cc9f8f68e9b3d9014c75d930423c1fa1dfa0a
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getprogname.c
FileName: time-1.9/lib/getprogname.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getprogname.h
FileChecksum: SHA1: b05f82faa97ba024616da38a0979fbc904e3ba48
FileChecksum: SHA256: 3230212bf71efec26f215978e2c4dfeeaba8f193a0642896a78980eacd1842d8
FileChecksum: SHA512: 249fa825682550b4c2802f3eed0e6ed9b25aba2de9a0455b820b5f8e32253a69cff8de0afa9c0a315d74d33c0c94506241561fbeec33cebe5a61173b836c624f
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getprogname.h
FileName: time-1.9/lib/getrusage.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getrusage.c
FileChecksum: SHA1: 1452ef675e215614b35dc42bec7e1ecf8d987ca3
FileChecksum: SHA256: 55c6eee279bb279fc51699f79f457f8f5c746b3a17be177016cc2ba5343cf719
FileChecksum: SHA512: bca70f9933af8641424a239d0e30993d623560454883ac732d328614efe6823a0354347f7858ff28ff4176d2fe9a026cfd6f21a79c00d2347dde0583a75dff3e
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-getrusage.c
FileName: time-1.9/lib/gettimeofday.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-gettimeofday.c
FileChecksum: SHA1: 1370e14716b4d97f84770520d7d924f436e50c73
FileChecksum: SHA256: af7fb01cd6b595551e0825995ba3e582746e6c6235df18c0c79b6aa2ae221679
FileChecksum: SHA512: d1ea2d97ed924747308639a9c9ac721d8e7db3e03999d9e6da53d899264eb668ed8908e4767fa2df7a976c3eea5e64dcb7eb881d69b37a50f3132f0c8f57a8c7
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-gettimeofday.c
FileName: time-1.9/lib/gettext.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-gettext.h
FileChecksum: SHA1: f752a7ebdb34000af737217ffe133a95b9536392
FileChecksum: SHA256: df0b2da481fb2048d5217525558f49994283e15f812a9239de3d7d9a0d5778b9
FileChecksum: SHA512: 0fac2c74aa6d5172534cd5d65832d8910edf995e02d93587ae1d863cc09e034fcac4f31fd42afad9dae5c570371d5584861bf14a8e887b88116e382fd607d884
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-gettext.h
FileName: time-1.9/lib/intprops.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-intprops.h
FileChecksum: SHA1: 226d36d7b01c3b204c25ba43ed4d66e31d84daf8
FileChecksum: SHA256: bf7b1f670dabf789f44734dde2dead02956cee80ebbf7ac117539deb541c141e
FileChecksum: SHA512: 339b56b965efd5388f32bcf39a57aa2607096ed2d3783b15641952137a86df4888463b235f81f8c442bd9d741806d7249d969ee2a5957840944b2fb56d33bfa7
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-intprops.h
FileName: time-1.9/lib/gnulib.mk
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-gnulib.mk
FileChecksum: SHA1: 9d2d83239cc6f37b327a6a754f1beb5c9240b3bd
FileChecksum: SHA256: 97c56dd5b4d323f9b9d0b1033230800d8c51f79e1e9aa8cce4dda608a9575b0c
FileChecksum: SHA512: dcf045bf051a418519051fc70fb1854a6db23962f17eb558e566597d44c8cf63eb3fbb0c7913071193f5ace1e7f30c2c18c69f274636f3eb75c3b46fe2a29e7b
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-gnulib.mk
FileName: time-1.9/lib/inttypes.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-inttypes.in.h
FileChecksum: SHA1: e716c5d34d6271c3affdf9ef7cd0ba0b891b02ee
FileChecksum: SHA256: 03f521e3fed511436c38059ca63fdc98d7716aefc0885122a4175f488774f454
FileChecksum: SHA512: 1bf4f21732b10d316c4d5d6ebc8de9d185b310d8e1c6803463a4a83532bfb994468d18e8d49a36ff14b91c020b7bd20caa1461ec2b6bd3dd4ee1fd477d2e7e03
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-inttypes.in.h
FileName: time-1.9/lib/localtime-buffer.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-localtime-buffer.c
FileChecksum: SHA1: 7f35c9801d38e8d80043a9992da9c9b59c8f7b68
FileChecksum: SHA256: f4be164522206076ada4d9a2079efd8b14c8383f66f9a857a934fe29be0fad5c
FileChecksum: SHA512: 1b1225f6abd1c549c05df00cf34bc115c28faee23c63aa804b6d23f8967399bec7ebc984f96047add027cea6fb5c010e9f15b66783c6a1c5eddd8562f4b8e1d3
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-localtime-buffer.c
FileName: time-1.9/lib/localtime-buffer.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-localtime-buffer.h
FileChecksum: SHA1: f4b2b187b1eae545a8543dce5c3044c841ffa887
FileChecksum: SHA256: 67f3702d23cce85fa5c11f7cdfd7cee5febcc6244a471822038149aed1590987
FileChecksum: SHA512: a7ee64368057a558600fc38dd63c739dda348d70fd495cdf9f997a9c048d89047c8b2b7a24c6f609feec9cacf7223e1cc9fede806aeaa4770cc618591adcc486
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-localtime-buffer.h
FileName: time-1.9/lib/limits.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-limits.in.h
FileChecksum: SHA1: 918c2068541ade82abad76a01f87f8c41345ade1
FileChecksum: SHA256: 6253b75043422b6e6e3223859e2739ecdc156a2357d71948aae5824075774ddc
FileChecksum: SHA512: 074d915fe0141c5ec6b5a98b8bbdde476ff1f7ff174a90726cc2179edeb1e0d5abf8a8494fbaeeadbbdde4a781b985c4f6976783a4c63d24454016c690d24e05
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-limits.in.h
FileName: time-1.9/lib/malloc.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-malloc.c
FileChecksum: SHA1: 1b8a62f2786a1489acfa70a5527fa4014b5ab166
FileChecksum: SHA256: 53e9daccb27150e0ee3ae85ff1870def8ccac2c2e8b890e7c2963ddeb33f5ea1
FileChecksum: SHA512: 5028655990ee1634276e630e7c5102cda99d141e8bfbc48d8a2be29aa1ff4f56f9623ea01c49b861a337cac501b7e382310ebe9ef20c918644dd2c6c6328bc89
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-malloc.c
FileName: time-1.9/lib/msvc-inval.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-msvc-inval.c
FileChecksum: SHA1: d651efa620a18a6e93440b68554d90d3458f4cfd
FileChecksum: SHA256: 01e44eab809b1601447ed007cdb7478c4fb361248a37937cf21056d5dfd91621
FileChecksum: SHA512: 7269bd4416d8b2c1ac638d7b41da80589afc794037454fe39aabf001a6d561994bfaf7013d7469fa22c22d041abb6e9440a6d834aa7d8ccd6517d1f92021054c
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-msvc-inval.c
FileName: time-1.9/lib/msvc-inval.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-msvc-inval.h
FileChecksum: SHA1: 1aa54660d37808bbf25157e641e98ddcc2abe233
FileChecksum: SHA256: b138404aa8a9cd92e7278492ddd37cc7bba59288db76c9fe07b8485abc00a452
FileChecksum: SHA512: 1591a7a756d67ec314bb92fc01be731169b9adcd9cd11f6cd361509c6e325233447d0caea4e3c7364256f4f89b50bb21268961cdbbd25343fd3eb48f2ad45c38
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-msvc-inval.h
FileName: time-1.9/lib/msvc-nothrow.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-msvc-nothrow.h
FileChecksum: SHA1: f9cf59b422a07d8cb6a6eaf90a355361c1245c6d
FileChecksum: SHA256: df145c25b4db079a9a8d9cdd104a068d5c800e8e9eeb898ad8f266c90a3facf9
FileChecksum: SHA512: 3df6808b933552a972f10e1865751de302d14c518ba817d9dff916224078284b6df1048b875225cd76a2bcf046e1701a86c4dda781b3242729d4af8b5e459e95
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-msvc-nothrow.h
FileName: time-1.9/lib/msvc-nothrow.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-msvc-nothrow.c
FileChecksum: SHA1: f3369dda6a7489de1355d6d68c9b6198508cb19f
FileChecksum: SHA256: 777590372278362987b4e6448860270d5c85ca0738ded8c694ab419a371c3246
FileChecksum: SHA512: 1204d7b61eb76b3cf7fd86811d8ea6fd342efee3439243427f5eee1f93e1eae9fd7940d6a7f589719171aef3491c8ee13609ac51a4274664029ddc5c80f547d0
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-msvc-nothrow.c
FileName: time-1.9/lib/progname.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-progname.c
FileChecksum: SHA1: aa6727a9ae9a7da201c947f50e2551a655ea78c6
FileChecksum: SHA256: a6966c1030c42511263552cf5e413ad01c65100514c2b30152bb6d57d0e60a57
FileChecksum: SHA512: 176973e59fb0d24dc0ef24bdb369b8bfb02c1de4280ad54b73b40c647826e0703e9d5197ae9d778ba9d2006f932d47a7f2c3f639fa7530d70cf66ee7f202c5af
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-progname.c
FileName: time-1.9/lib/progname.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-progname.h
FileChecksum: SHA1: 81733e16c4ba6c6ed42fab6b820a84e859441647
FileChecksum: SHA256: 32350432bf92c13b17e776adac70025eff789f922b45de4668743ea32e07aa42
FileChecksum: SHA512: acd6c841aba415c810a4ef8a7682c45379bb6e7ea206d537a89d371a843d9557cf75ed8148c9be9aef1a3709eab63b9685b18b7a6f1c68743780b558eaf7b48f
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-progname.h
FileName: time-1.9/lib/stdbool.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdbool.in.h
FileChecksum: SHA1: 514be630aeda2883bf3e5f5e7a8223b0852e526d
FileChecksum: SHA256: be4b57b2902ef67a54be1765650342c0c63c646dbfca750b77db3691c895cdef
FileChecksum: SHA512: 8040ec425857fd0956a84f3e9cc1a2d711be8436ff979972fcf856a94ed4521a53dffe52320a6f9bc9de3c1b2da21debd5216ff439daac70d46d2847f44d929c
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdbool.in.h
FileName: time-1.9/lib/signal.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-signal.in.h
FileChecksum: SHA1: 583c5ee6c5ad345b13ee34f4a2f3fc7fab46fb71
FileChecksum: SHA256: bd2519492a5633fe91d46731a23d6dc806b137abd34ed1577f6475ee2111b4e0
FileChecksum: SHA512: 0b7b4f768d538365154c0c88ba63a7d4061fc744f779e0b66b05e853daa745c97e1b167eefb0d917c98c8ae1cf156631d65bf02db7c6c7e8a253165b3c9df8b4
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-signal.in.h
FileName: time-1.9/lib/stdarg.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdarg.in.h
FileChecksum: SHA1: b070dfc0d6b59c15ef2a74e832cb3dd9a8a558b1
FileChecksum: SHA256: eb4b567dcdd4e00fb76fdd402f862f7ccfa3e2bdabe8d8f55211f76eca512ac9
FileChecksum: SHA512: 585fee8873ef363a191d425d7680d3c1b7e1f030762b9146692c180956ac297249f758905c2041ef0e9ac4cdb78e27c1857e74b880cbb506a5104d5a11e831c0
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdarg.in.h
FileName: time-1.9/lib/stddef.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stddef.in.h
FileChecksum: SHA1: 494da9199a804eb9ac48a6e122830ea5e722993c
FileChecksum: SHA256: e0f90946e223fa032b4b1020a595c8718ed278bc937c98aa6d2b7241e5cc8d3f
FileChecksum: SHA512: ee4d37548879b9066d009a9563f42c104ded67dd8e9b547fa412ea77958ad8402b3cb3691a670927e49ceabfc7c6afe9ef24f7e6c30a1cd44f659c3ef68e388f
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stddef.in.h
FileName: time-1.9/lib/stdint.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdint.in.h
FileChecksum: SHA1: fba336def1e96907b4f5ef7764ccefcf6aa50e90
FileChecksum: SHA256: 6e7730d73b530ec8d2980947a502c3129fdf76ee0925a60551a9651d2aa9a143
FileChecksum: SHA512: 523be0757015aaf57330b67b498cd09abb035346e1702a318e211060e0f10c8cd2a8b2da6dc217ad8ead378a61075735e358dd13326c558ba2b606d87d3e0617
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdint.in.h
FileName: time-1.9/lib/stdnoreturn.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdnoreturn.in.h
FileChecksum: SHA1: aca56ede31f81aa3a3060321cf5d04c8bebe4e43
FileChecksum: SHA256: 35029d6849f3732817208645bb8913fd95d40c46a75669d6ce89ea3d135d47d4
FileChecksum: SHA512: 4f5ab60c5a290ff7a0a68894d29f37a5eeff62bccef2e7b5835ec94d86089b5fe8a27af4f09e2e726a76ad29c9d4ce6805dee178b785df2feeb53e94ab07364f
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdnoreturn.in.h
FileName: time-1.9/lib/stdio.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdio.in.h
FileChecksum: SHA1: b511b306705e62ffc0eacbfa7f4a4a3635f30d00
FileChecksum: SHA256: f84ace13e6c143399ffca18c3fbd4d4abd46fc5100cb2e540d946b99735cc9a7
FileChecksum: SHA512: 1594cc2a74f75101c59a2298770ca1b045abc893abea7a80acaa43d5a69175f5c3754033fb48804f3b54963ef281283261a836ab949d31972ac3b84f0f2ca68c
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdio.in.h
FileName: time-1.9/lib/strerror-override.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-strerror-override.h
FileChecksum: SHA1: 68afa0efc8b8a0735ea33ccb9364dc7a18fb8f1c
FileChecksum: SHA256: 05699b078550064e713c3ab829d88ab82c1290ac6d8c9cbb5fb9e4565423970b
FileChecksum: SHA512: 7991fe51e7ee67ae42d97834e759a657f580d7b5ee80ffc6f08245816d15a768f31b4e962f1627061c4d3768f22efd43a5fb731e0cf62893d0b721304f137134
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-strerror-override.h
FileName: time-1.9/lib/stdlib.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdlib.in.h
FileChecksum: SHA1: 034d761c619194a98e5bcc60093f848b932e8795
FileChecksum: SHA256: be965a965bee74de8038c01df426528f61bfa583d32f48fcc53582f4799029c6
FileChecksum: SHA512: ac65a8d36959af0cc9cd9802928dffff3f4ce8318b9d70c7638297107357e421b930f9fc39a67f02a3cbf1cd9c0c3117b24f65f942f27a61ff9290e75ee6326b
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stdlib.in.h
FileName: time-1.9/lib/strerror-override.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-strerror-override.c
FileChecksum: SHA1: 3ec73f7b08702d3388abb713626e3c5371f6161f
FileChecksum: SHA256: 95c2559e58d60f961e7e1cfbec1a62afa0a6aa4ddf01127a3f48f947bb8bbb7b
FileChecksum: SHA512: da056095a211b9bfe9c88dab4f9c071e82fb4847756b12a9bbf1a4df071b7c24061a1a2240f134d84d0034c9a90a73f2656adb54928ba7100d1dab41a416151e
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-strerror-override.c
FileName: time-1.9/lib/strerror.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-strerror.c
FileChecksum: SHA1: 5d1efe3552ca65e1fb9e472f2527b1767dff472f
FileChecksum: SHA256: 882f01c5bf5a6653d0b4ba05c14d4212570981fae2a8b9498514a40cdf2e5678
FileChecksum: SHA512: 114c3aa38eb90648180dcbe9c365c3324a782aef545d0f9adc03b329456f48cac43cb9ee2b31878d406c48a88396bf8b60683841c27a9b3f774b42230e935c50
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-strerror.c
FileName: time-1.9/lib/sys_resource.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-sysC95resource.in.h
FileChecksum: SHA1: 2317c47a955ec6b3e48101a80956dfcc2d206768
FileChecksum: SHA256: 77133d741c906098d0e742080c0b3b3858184171e2bfb8cbbda69ece71d2865b
FileChecksum: SHA512: d98199d295755c98150c683fc96dc17f80546536183c685b63880cbb6203ef41ecaf09b968e5f67f6d2a21cab23e6cf2c86457cf915b4ad7c00dd8759adbd9aa
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-sysC95resource.in.h
FileName: time-1.9/lib/sys_time.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-sysC95time.in.h
FileChecksum: SHA1: 4b512128688bfd1dfc158bf041f84663e30df8bd
FileChecksum: SHA256: 7525a1926bc6f2da39c675283a0ae752268b79e98df3fa5e02f60ac64e612df4
FileChecksum: SHA512: 7546998193c966d1c2501c3d7f6ea05606274bbdf2db5fc835748d651533dd9b419641fcd4deb6050faf6a38f56c94fb94f49422855af8581929c91f037ef170
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-sysC95time.in.h
FileName: time-1.9/lib/stripslash.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stripslash.c
FileChecksum: SHA1: e493392deaf3e3f2becbf89edb32e6b345eca135
FileChecksum: SHA256: 9ca138c52a14355de599397fc453956baf43c7c2c4f5b72d6666f86d0ff169d2
FileChecksum: SHA512: 025edc7a2da6ab97edf92ab06758ff2dfd86a56f64182a4aa57c7713ee5b294cbe69f1b5145ca67f48a2ecc643b374d93aee105458fc4638c2bf3a90b5fa2f87
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-stripslash.c
FileName: time-1.9/lib/string.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-string.in.h
FileChecksum: SHA1: 11ad83677192c80f6428004154d9b8118c07b379
FileChecksum: SHA256: e09b81084a927200ae22ce4445a16b3200e16334f928ac177da25ef9caf71e89
FileChecksum: SHA512: a43065ceedbd1fb2eb58e1b5ed0cf46681e490a59748fb3fba35be6b68ed2f04a6eab547f91b13d441e210fc085c79d6edb66131bcae7ac39d59a53a3faae40e
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-string.in.h
FileName: time-1.9/lib/sys_types.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-sysC95types.in.h
FileChecksum: SHA1: 86afd26e65fb000970bb96f2ee933683d7d25565
FileChecksum: SHA256: b018478baf8af18a01b5dd66d325ff695fe1edb7929d95651d74ea265f23331b
FileChecksum: SHA512: 2a55910a70692093cbe14fa4dd688e41663e78709cb999a2ef3cfce4b115527709adad98916fc37e34070d75964ff2392e84ab9267a936d70dde58741df94c7f
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-sysC95types.in.h
FileName: time-1.9/lib/sys_wait.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-sysC95wait.in.h
FileChecksum: SHA1: e6cdf5fcc956ea9835a89f9ae0d9c27ced312206
FileChecksum: SHA256: 5b698285e879c9d360f27897860bd0cf3625e5d8b192d84a70e297d9c05f87ea
FileChecksum: SHA512: 664656a4af77b1fe728e0dcf9ee8d016460857bdfd033eeb66d237b954242662cc0c7f36c51c951b22b8ab08ceaf6c7d6fc08db57d5e7446b6c1cb2d266224dc
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-sysC95wait.in.h
FileName: time-1.9/lib/unistd.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-unistd.c
FileChecksum: SHA1: 001c127e9815767e19984dfe8ee52ee9778f3883
FileChecksum: SHA256: d9138c7ad3882694063c4a92074a0f393757c6478208e4e7dc51443f0e9519e3
FileChecksum: SHA512: 976b8376f2ea3c3ad85995fd0fd856d51bc0feebcfe52290d0d14ec9e3aaa5aba8360da1f9344f50e05d5aba1cb62a392445d65565385e5d0912a44be0346efd
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-unistd.c
FileName: time-1.9/lib/time.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-time.in.h
FileChecksum: SHA1: 45c558e1d64e7077dd4109dc3f3bc354ec87d943
FileChecksum: SHA256: d33b8f3e7a964ca74f44f76802c5612a7fb84dbeb20552d6ec904c297dccb3f8
FileChecksum: SHA512: caa28a171f18078fc8daa2dd3663d4cbce573f3d20fe51f298d36f727a355255459d02e5ae736b9ea48c875e74223b53f8ecfc9fbb819839e0a5601a4851cb09
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-time.in.h
FileName: time-1.9/lib/version-etc-fsf.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-version-etc-fsf.c
FileChecksum: SHA1: 91f0899f3c6b31c2908224bfa60f95c18e4383fc
FileChecksum: SHA256: b45c03177900a81d193272d15a394edb552ba432b88fe1a01829343ad202ceb8
FileChecksum: SHA512: 1d9cd1f7c2c1185a782f1d1bc50f5aafdf8511c9bf6e19db53c96fb7ae715863fdd54ac27907ec2d4ac87561610916e2b4e4c12a0dd2b3c47baa749995a910c8
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-version-etc-fsf.c
FileName: time-1.9/lib/verify.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-verify.h
FileChecksum: SHA1: 9d8ff6980c77aced82d8f5921caef3401d1a7203
FileChecksum: SHA256: e6e1802166bf8767e8e54dd8d2731e479c7d9321a2c5be1c87950680389ce63d
FileChecksum: SHA512: 496dcb56d9cf286de444147abd25e1515eff4b2590c140f3f64da4fcb8006b95a9245d2721ffa10b2f1356637c503bea4b6e308f02b238d177890e37286753e1
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-verify.h
FileName: time-1.9/lib/unistd.in.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-unistd.in.h
FileChecksum: SHA1: b0e4116c6455283e8c9b0cfbb330de931263c07e
FileChecksum: SHA256: 124d6f17b58cdc62e245d280c1ae4c3839d58b693cda3c550cd2ab2173bff9c1
FileChecksum: SHA512: d38fd0962b12f05794ff6b01cd5dcda40b3659869bf8e416125ae9724492b8fd33c1e31545e8f406edbff55c70db1b73634b9e665d480185b88ea79c866edff5
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-unistd.in.h
FileName: time-1.9/lib/version-etc.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-version-etc.h
FileChecksum: SHA1: f07b122e461940e6406062e047674916b23ec8dd
FileChecksum: SHA256: 39f26129b16a6bb17862f25884c9c0f87afe9f1dc99fb29841f5fbb9aed6bb57
FileChecksum: SHA512: 73f4b4f69e40078d487b87bc0ad24aa96b74e17531197bbf30e9fd40ca04761e229dbdee1b4ffc463f41b9add0408b412926c2bdec2621c7f647ad154e8249c8
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-version-etc.h
FileName: time-1.9/lib/warn-on-use.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-warn-on-use.h
FileChecksum: SHA1: 29e07e0a938ae7ee9b3248ed0d87efaf22fc8ff1
FileChecksum: SHA256: 921f33f6572036637f2484d0b21a183eda31f69fa4f6e5306c90c7a252cd92b4
FileChecksum: SHA512: 9876413872ca441b7b23669ef19e86eff5c699817dc92fbe83f5132bf56b25754c40197cff6f7a958a3bbb54e71c4bec2f1683e04755722141054468c80c0155
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-warn-on-use.h
FileName: time-1.9/lib/version-etc.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-version-etc.c
FileChecksum: SHA1: 3b506e038f9d6bcfd9329d7395272c91691566d2
FileChecksum: SHA256: be546eb5fbc132b65c642e0cdb2f3c4648d551de59ac30ca91afbbd43a8ed27c
FileChecksum: SHA512: eefd6a073829085684a9139deedfe82c5a506e75eeca20d4465728ff582f8f78fbb34cd948c31ac624d2a95fcd8c0c1a32d80ff656e5ed65fe2634b16094f193
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-lib-version-etc.c
FileName: time-1.9/m4/00gnulib.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-00gnulib.m4
FileChecksum: SHA1: fe5097e87aae81d8dd2d5d735a83ac13e407b4fa
FileChecksum: SHA256: 6e040d7827c02979f58f5d60714b01cce1a4055d4061af2e97b3536d8ecd9cc3
FileChecksum: SHA512: 68e0d84edc0a2aeeb7740739f1c92df05c264f243527bf5fbb447e5b49282d9e63a8d039ef9f3065d000e0b4ed65149a4ecd7eaf647aed4991242ae32a2f4190
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-00gnulib.m4
FileName: time-1.9/m4/asm-underscore.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-asm-underscore.m4
FileChecksum: SHA1: a4ba397ec4fdc4edb97e2503831a3207eefd2de7
FileChecksum: SHA256: 7fb97233554cdfb00fb49b9dda54413f694599130ca3cd9dbd5184fcc57ebd79
FileChecksum: SHA512: 79aa055723ccb066ff8188b330e5461252fea5fc9027a59481d4d840376272ec0d8e43b8b03b760e25b41c9de3d228d79da4996a16459f283e41af06eac4ddf8
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-asm-underscore.m4
FileName: time-1.9/m4/absolute-header.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-absolute-header.m4
FileChecksum: SHA1: a72188b2609d6614aadc1681f83e2cd146d85cf5
FileChecksum: SHA256: c6e6ebba92b2e74109f1337c6e7a83703cefcad5883be7161e7f6f40db2b528e
FileChecksum: SHA512: ea9c9c72639c8913879860728f5a73563e1fe168b728e1f2b5f4e629a45d616638b704199f39b73b19eaae2495adb1cecabb4023afdab777dff0e7ce667fea2a
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-absolute-header.m4
FileName: time-1.9/m4/dirname.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-dirname.m4
FileChecksum: SHA1: 8d26f70ddbc7eb04df51c2c0aa1b0959d73079d3
FileChecksum: SHA256: 7ee66ba9c63913f8c7043d617626e1f12737d950270ef23a3f6e4935c15c33c3
FileChecksum: SHA512: 7d72a5af37d65c74dbb5341fccefa4c57372246577ce6430da40c2b4574e7b2ec527b945db03f89e29866dee7b96f23021b6421b5821936ec0c46d1e1ecdd1fb
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-dirname.m4
FileName: time-1.9/m4/double-slash-root.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-double-slash-root.m4
FileChecksum: SHA1: 107627ca6794640b394f12c95dd39d4b2094014e
FileChecksum: SHA256: d577683aa100b9275505ca7836290dc190e2b8a1d441dd99a6431012ab5f56ee
FileChecksum: SHA512: de8338732ca9a7a4fd4acb1f793b038b89ff6cb61d68391f2687f5f54ce42c10636be60077fbcd67ffacce24be381dd893f1bbe9f7f370d95cb64887e265bb3b
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-double-slash-root.m4
FileName: time-1.9/m4/error.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-error.m4
FileChecksum: SHA1: 824208c655e55935bdb1567f062730df6d0a3bf6
FileChecksum: SHA256: 1db70e7dd8b87d3701271d3ee40a76fad3a020f061e6908923592968e439194c
FileChecksum: SHA512: 361e4fc9984d2d92fc58b35a1234a1530d29ac41c2d58937f4eb4159cc63e76f0dea6fe101fb9bfd6c8cfa616020dd603d60a83b131122b44843b6576e2e3659
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-error.m4
FileName: time-1.9/m4/errno_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-errnoC95h.m4
FileChecksum: SHA1: 4444906ad68133b43c643685774defe73f193a92
FileChecksum: SHA256: 18adb033b6cf384c76b01708fa5e2749e0d65de2fe026fc9e4a1730ce9e13b2e
FileChecksum: SHA512: 88eeea2826b54cdff7b392a2cbcf37193dda378f826dab4190c2ed729d8f8d1baba382a3655bb6ecd2f0ec0bfe17fb9c79605e167b4dc044c82ad083f55ec27e
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-errnoC95h.m4
FileName: time-1.9/configure
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-configure
FileChecksum: SHA1: 564ec5e88fd08269c512141b1df1257eb1583e15
FileChecksum: SHA256: b87274570364145094dae2691c6f826ab288101f893655190aedcb7d9503f190
FileChecksum: SHA512: 1270f9bd0887cb44337c03952142d6d7e76eef49c91ccc285af92571c34672407c47823591abb180285c57b75fb9d0a32f3afdc9a0e92db84ae313cad9a387e6
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFUL
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-configure
FileName: time-1.9/m4/extensions.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-extensions.m4
FileChecksum: SHA1: 97cc057ef86104f4ef6c93e1189b56ef8677a79d
FileChecksum: SHA256: fe8e717ec5f987cdf796992e77e3c6990589cb381901a13659023f233f551ea9
FileChecksum: SHA512: 2b2c3e0883642c84aef895bc2c40ca988602f4f652b52ce0ff7e2576d48924386475177eb1d4fc13ef71300eebf88a165d60800309d8332b8806131cfdf4795a
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-extensions.m4
FileName: time-1.9/m4/getpagesize.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-getpagesize.m4
FileChecksum: SHA1: 707041985b226f0385a684346f15501438ff983d
FileChecksum: SHA256: f98f705e17a98e98f640a4c5333cea5b41e21a1740f0fbce9005a25950fb017d
FileChecksum: SHA512: 15b7dd4216a8e45a453b6f8c8fc48fab9c56986ef62e69a8587f5706eb1a253742a188877d538aa97687298d9f367fb8602f0c8626a73f5f3944edc783432629
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-getpagesize.m4
FileName: time-1.9/m4/extern-inline.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-extern-inline.m4
FileChecksum: SHA1: 372f442db3e9f974eebf3046732755259e2df1a5
FileChecksum: SHA256: 93712ed185193dcbc4a3f81b30982aef51acfec6b15977a22705143c2f0a29ca
FileChecksum: SHA512: cb077f18ec0158fda388211b5ede378a1fad520d54943abe75219719342998e7d0858a3a757086432c5d7c427e10964dd8475d6c7cc61a0854e7ed858be1afb5
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-extern-inline.m4
FileName: time-1.9/m4/getprogname.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-getprogname.m4
FileChecksum: SHA1: 02e07ad1366d6eb67a27706e4beb03f05385a2a6
FileChecksum: SHA256: 51990d6ef49472b826523db8c71bb0ca71d4ed2d97ebfd8cc0cd43336bfe8329
FileChecksum: SHA512: cb6f0278fe4bbcad2a7f9318927838bbd5d22d372ed8e1d50b88ac9728535b08b2b3d1e93a7bb1b5ccd2c5bbac909dbb0b1606419786cbbc4e3aa20a19d5f5a7
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-getprogname.m4
FileName: time-1.9/m4/getrusage.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-getrusage.m4
FileChecksum: SHA1: 4685f827c3b929d3683f27fc72e161fdffb2106f
FileChecksum: SHA256: 8240f9cb6d21e323cee54434ace1345006a9e00af7422f167918eb09ff134ad2
FileChecksum: SHA512: 01dff7951cb93cdb03ff819e23631dee6ede58546ac6766cfb9ae982f285a9f28a25c28a490a008c738e86b90dd3cd3f0c9193f98f69b2510d2a4fe87d1355cc
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-getrusage.m4
FileName: time-1.9/m4/getopt.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-getopt.m4
FileChecksum: SHA1: a86231c5d11db1de4816e40a170840d7de741879
FileChecksum: SHA256: cf7ba129fbb729a46ddf2da022ccb510d2a636c8d5d6905c428fec4d780daa6d
FileChecksum: SHA512: 29d5e1878faff589a4a0d28ae1ed370d6f7d5ffd8c441b5335a60537e66b0e29b1f77b03ef05ccb6edf6bf1460b0a97107d268a6ab56917d2e2603684a76c61f
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-getopt.m4
FileName: time-1.9/m4/gettimeofday.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gettimeofday.m4
FileChecksum: SHA1: 63ce1aeef3ec35710efa43b523435a2605098ba3
FileChecksum: SHA256: 665511ffed2088ef4f10b9bedcc8d6bfb136f91111bb16b2ce6e388baa8b3f04
FileChecksum: SHA512: 23438c2d9cfb4839c6bb74066957c6523a1e6c886d030fd80c99b3f4af95070f407cf0705d0a170b53cac497c80a95bac723d5917f9b62a4441bc11219a2239b
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gettimeofday.m4
FileName: time-1.9/m4/gnulib-cache.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gnulib-cache.m4
FileChecksum: SHA1: 587a85354d193b985b0e33f9ea6bb090ec217988
FileChecksum: SHA256: 8966eb64b3d84952ee959c1beb814bc96510c327951cbba6ca1fabbf059eae65
FileChecksum: SHA512: 91d7011dfb4e9c51a2b4ab5e6ca055b41571b5f0bd74c72ba1e111cde21f5b94f97ce43c6ca6082a55e70d147da5f5bca3794f51106acb0f3add4befaaaa0799
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gnulib-cache.m4
FileName: time-1.9/m4/gettext.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gettext.m4
FileChecksum: SHA1: 411bb31a9f6544ac6fbaa7fda92fbeea05ff04e3
FileChecksum: SHA256: 05781043516ad3ce11ac9a0302dae8f2b82f0cde1c2f6711467bc24251dc5a17
FileChecksum: SHA512: 6b5b5ab11010f9147c4b2a1d1d0863c339627717d51792144afb56f1d96c13274e5d3255d1b8f7fe266cce76cce9f779b1e07f59cbcb494d902d1fee7a17642c
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gettext.m4
FileName: time-1.9/m4/gnulib-comp.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gnulib-comp.m4
FileChecksum: SHA1: e58801e80585e57cc0419965c6d551a204527500
FileChecksum: SHA256: c7184022d91acf90ef1b003ef8c5fd08bab7391cf0acaedd45a14d16c6a942ee
FileChecksum: SHA512: 05b44bc284f98aea9706a22559b9bbb159a97ca50f4a6b979361bf1b185b2f60d3b62714cbb9894e92a40c61370e9e5eb1656690e5f5b8a0c51a412201f219b2
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gnulib-comp.m4
FileName: time-1.9/m4/gnulib-common.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gnulib-common.m4
FileChecksum: SHA1: 38c11628a7df3f1d7630af83e5874d8e19ede550
FileChecksum: SHA256: 3227b698d1bed973c1c2478deb0118daa59a18f2fe480288c00e8b4918b5f127
FileChecksum: SHA512: 8d04365559b662a069b3cf04ae0a043a0fdd7bc8481e6579f30977291df51947a77b96babecb405957a4dfb401f3cb0cacf85a11dcb8d9f5ae3e0832726f4951
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-gnulib-common.m4
FileName: time-1.9/m4/inttypes-pri.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-inttypes-pri.m4
FileChecksum: SHA1: 391965566d9dd55927dca2b04b28117f1fe9da33
FileChecksum: SHA256: 986ad1cfa7608316129eb0708f677284319061539c90bc71fdcb1413f1ab1126
FileChecksum: SHA512: f0b980dcb6cbd3b2451267ea3fb166892c290488b413c68bd05cf6b79c7242de70acd5d7b0d87d436a430fecb9859ddbd4c50eda45b64eb7124007882582129f
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-inttypes-pri.m4
FileName: time-1.9/m4/include_next.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-includeC95next.m4
FileChecksum: SHA1: c89c44c324c662b09098f1d2193e32727cac33df
FileChecksum: SHA256: 59f77fac40444e0d966b82aa76806780df9619798827d72a7646c77a8673c576
FileChecksum: SHA512: b6bfe47ef698c6d9b9cdb0c5676d0769e74f882977b522899294514519a1c9dc381eb860dfdf8b4dcd6a9ed4d21839459a60deef805696a1b86e6db37a3f34f8
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-includeC95next.m4
FileName: time-1.9/m4/host-cpu-c-abi.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-host-cpu-c-abi.m4
FileChecksum: SHA1: b705ad1eb8c5503cbee5a794be1bc81ed5f21ad2
FileChecksum: SHA256: 1866a97d798247ecee465eadb3d400cf8fd55723195424700210f171e6ebf178
FileChecksum: SHA512: b4abbe579034d1142b4915baf38bdff8d2bde8a22775023a41707fb6a3e4fea1de2e7190eeda6ef7ecd50c76c4c84f9acc90c6a72f6f46b8d3d3fd7bfce02746
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-host-cpu-c-abi.m4
FileName: time-1.9/m4/inttypes.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-inttypes.m4
FileChecksum: SHA1: aa151c9c8adab7c1eff8b90bf014950332f2a0d7
FileChecksum: SHA256: 59d60937c9c398515d4749b23209adcdf46be5a4e0bbcf5cb8ca5386a8db7eb8
FileChecksum: SHA512: 65294930f5df7e1eb8cb0d049939032efd3e21002d84588bf8d1f415a1fccded780daa3848a57b8d1453f50d8da252283e81c9e52591e04eda78ba4b85bf09f9
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-inttypes.m4
FileName: time-1.9/m4/limits-h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-limits-h.m4
FileChecksum: SHA1: 4f5c421dda1b7dc84b3ba4622f6ec96f6ee355d0
FileChecksum: SHA256: b60cfff91154e4b356731ea352bba79070c27b7328912b27a1d12c610060a044
FileChecksum: SHA512: f8185fa47c67c961428997a496bb26c547e6c479dfb2e6198e99096cc00800b09719477d1466f342fcf3452bd7407b1a7e399e8bfc2eab51349c5177398eabbc
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-limits-h.m4
FileName: time-1.9/m4/localtime-buffer.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-localtime-buffer.m4
FileChecksum: SHA1: 55ee29c74307d5e4d3f3bcff2827d41402c0f97f
FileChecksum: SHA256: 5113218e11271068d1642a581970d5c952270c5547f1c43ff5a34c6243793e43
FileChecksum: SHA512: 64cca4c535d8effa4aaea8c59dd10303c633edd380bce8d13f8fd517ff0a498462132639bba1d6e20fce23dba11764908fd5e6fcfbb02ea02c4eab2e80e669b5
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-localtime-buffer.m4
FileName: time-1.9/m4/msvc-nothrow.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-msvc-nothrow.m4
FileChecksum: SHA1: df8f6bc6c018dbc8d422d04f4997e5218851a907
FileChecksum: SHA256: 7ae1bdc57cdd611407e7114aefdc61c14fbd4885a56347c03e9e8b0e910b4abf
FileChecksum: SHA512: b6de0e208c23d0a9a405c9d6a7783e25b0efb277400271cfe138c83eb114ae4b38ad6cd1df93d3011d80db8844ed4cdc12a660f706020c346fdd52546f41397a
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-msvc-nothrow.m4
FileName: time-1.9/m4/msvc-inval.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-msvc-inval.m4
FileChecksum: SHA1: 06b096bb430aaa6602ca9f00bbb9825975fcbee3
FileChecksum: SHA256: 52c6917a7d3e6543dea64e918a1b8a71b11b3a783f4731f01541934c88463bfb
FileChecksum: SHA512: 24ac03787eaf42ed84908711e0220a1ce1e6fe4584d999ce045ac0a3f1f19ba7666342c3872697ae75491eef65a559b0041b931e6d80666a5f5430bb60484b60
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-msvc-inval.m4
FileName: time-1.9/m4/longlong.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-longlong.m4
FileChecksum: SHA1: 80fb87dd762a265ce9919b69a5da0f4b8f46bf96
FileChecksum: SHA256: 7782d34a6a585eaf88efcf39d6d669401f54767915697d9ce5e28f1b29fc7f75
FileChecksum: SHA512: 00568f92ec5a7c0e24f079a96e673712f08b623373f133800218628eccbd6bcb146913e54c9d5855d2afdae0d5d6fb796546ed9fb995fad1681f82cb64899ead
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-longlong.m4
FileName: time-1.9/m4/malloc.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-malloc.m4
FileChecksum: SHA1: 45e41f67310a6028b409c10da8f78f3ff783d0f0
FileChecksum: SHA256: d3b63b6e8fad2d60699149fb451c655c4a21c1ed8d8bdbdc1bca3ffbfd69f507
FileChecksum: SHA512: 3c1bd4f0c4b4b88f5cf20f47bb1c96852cb6cd4d2aa46a5220704932d7b9809e2fdbcdf72557b6e514e598a4f381476a5c403c6346fb87297a1a3d23f920062c
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-malloc.m4
FileName: time-1.9/m4/multiarch.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-multiarch.m4
FileChecksum: SHA1: a2dc0ad901c750e4d3a12ffd6f6181b4c22f5b66
FileChecksum: SHA256: f6ddc9f81b518aabc7c1256ae4f6a6f8e81fa828c7df3ef2f6f104518974c283
FileChecksum: SHA512: 8c0ff6d47faa7c7ff1809a30818db7cb8ab8d561d70d319e9e2b166bf5c71e687f2c9fae0c1b8a6fa716ed7d4f9afe15c0799c0e2508e49515f379f20cec18a7
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-multiarch.m4
FileName: time-1.9/m4/off_t.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-offC95t.m4
FileChecksum: SHA1: 715903370b49ca9a63c5f1f47e6e486e200a583c
FileChecksum: SHA256: 47d0174add3d940fff1f6c4b4757468c2a9731aba675ac52c4314e12f365db3c
FileChecksum: SHA512: 08c88386fdd142423ee645c1aafd991608b79829f7a9397381e34d6e73b1e0a8cc72b79febbdfcffe930930754bcbf7f00b997b931d602367d96ff35a1fd5cca
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-offC95t.m4
FileName: time-1.9/m4/nocrash.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-nocrash.m4
FileChecksum: SHA1: ea44004200391a17ce2b73bbf03777433557dff1
FileChecksum: SHA256: 744da146bbd70bc1aaa79e3ce3d84186b2d175110873e6ab6e50dd611df44eff
FileChecksum: SHA512: 5432301f7ac49b04f80de6a0694ad6518c51a24244dbcbe92af2d04af91b951221c2aab05a578f025f44dbce7b6d100884525ff89e1eec33178bab853a86a1b7
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-nocrash.m4
FileName: time-1.9/m4/non-recursive-gnulib-prefix-hack.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-non-recursive-gnulib-prefix-hack.m4
FileChecksum: SHA1: 0e053bd9fa3c2eac0d1ca052abc00508fa1d1744
FileChecksum: SHA256: 970a372b134fe21a4c40e68aba9d7ae53895d85045aa3e43ba4bb3eda723ba65
FileChecksum: SHA512: b577f1d82352d226bb7444bc52eea0d5ffa4f20883289e1e7ee4685b70d96ec65e01280c190bc88697d0d31eac5d7833dc524c1c7123b1523f976798bc0029cb
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-non-recursive-gnulib-prefix-hack.m4
FileName: time-1.9/m4/signal_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-signalC95h.m4
FileChecksum: SHA1: b7026df39567c215d2961618317820ab5838180f
FileChecksum: SHA256: 499d6eb1386bc6d5a896f12e62a7940dc5855a057da9b18b59b40101b23a1b1d
FileChecksum: SHA512: 2ef2eac8b7b02b88fdfe75c703e867b507de267b6a79c1b5846dff064a4c46fffd2842354182a6a55ae90133d1ff44e2eecd6cd7396896f512fc96a55d52799c
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-signalC95h.m4
FileName: time-1.9/m4/po.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-po.m4
FileChecksum: SHA1: 3ecb82b151002b56a1168f9f6c286dc5f7a9a585
FileChecksum: SHA256: abfd95d9a6eba788f8b816761b0312130218ac05c33cdf2788647345d9fe9e05
FileChecksum: SHA512: a9b787592c4cd94d817f4492f3358dfb972084726ccfd922d47bce77d7927996fc1225ff9396a2252e22f652b619bc9b2bfab080072b4e9845baf398653dd33d
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-po.m4
FileName: time-1.9/m4/ssize_t.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-ssizeC95t.m4
FileChecksum: SHA1: faf8e5ce37681b60f7e06db5ccc22cd0009477f6
FileChecksum: SHA256: c4c372b12944ad56bb1f28b3d3da27bfcdf3183bf70f300c94b064c4a52c2bf4
FileChecksum: SHA512: 17ea0899381fe8b420b62ea4a8f0f9c8cb017a7677db0d7474fcbc7c6766a68b33d806af46f3b3c866ec4604945e18526fec0dd5b8caa5bac6037e2ad4cfb26c
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-ssizeC95t.m4
FileName: time-1.9/m4/stdbool.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdbool.m4
FileChecksum: SHA1: c90d4002ec2962aa6dd0df0bc4373efa14c0afff
FileChecksum: SHA256: 7bfd794a89ad8fc686670ff5187cb318984e3aaf1e6f782a9ba7c04c5351a6dc
FileChecksum: SHA512: 9d70686c5e866b071ae3faf27db31886fd86eb8f7152eefaa8884d594df8634d1c11dc0e45797d553492efa4f6bd64646dea8979fa248c57aa8b6fdb77990bb7
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdbool.m4
FileName: time-1.9/m4/stdarg.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdarg.m4
FileChecksum: SHA1: 61e10ebf66a35728c5913f253f897167ea41e37a
FileChecksum: SHA256: ecf22008a797fc704ca122e6fc999d57ce339d7c15c8be94aa793221770a5583
FileChecksum: SHA512: 5757d22b4024b072252ce37e5bae030a88c56d48004e4b6b4d5c45a37c35e1a46aa6838de81838e1d8cd5118b45d3f7dfb7a230f4dce82fb3d37db68f37c4a4a
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdarg.m4
FileName: time-1.9/m4/stddef_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stddefC95h.m4
FileChecksum: SHA1: a4f53891f2b680e37df4e127485ab9b53d43011a
FileChecksum: SHA256: 356843d0fe66960077cdce6f5751d4970503dbb396dbdf079aad91e65161b6aa
FileChecksum: SHA512: 76cbcccab8c4e4eb2ea27d0e1ac5d65ce4ec2ffe06a40bc129e69c051bfb5597dcb3527073e0be8c96a27563988989e70a4c2612d62f7a6c8d64ae1ac41cef1d
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stddefC95h.m4
FileName: time-1.9/m4/stdnoreturn.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdnoreturn.m4
FileChecksum: SHA1: 61f6dd39d8a5504c662bb95e1d2d2e7cb247250c
FileChecksum: SHA256: dc84cad2c52a5b3360f5392b3d21bc8e0a9d403ee306f43d7f31590055df657e
FileChecksum: SHA512: 6dc5b16f000033e22359a2ec627fec7e60bc1a5f3b0435e412377cde44d7170f03160500549396cae8fb9ab114f2949ec98468433863d23bbb7c1b8e53e33dd8
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdnoreturn.m4
FileName: time-1.9/m4/stdlib_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdlibC95h.m4
FileChecksum: SHA1: ea3b2b9a47ab25338e144fd7233dbc6981966fc2
FileChecksum: SHA256: 2b7eb2c50faf0af649790894eb43d68cc432b9313e7bab578cb6da4cd131edad
FileChecksum: SHA512: 7d327261307cf1c20ffa2c024802ed7dc08a7ed62b8a0bd123055d81f74191a3a7ae6e9b0e0777a699c6e2aab6d1bd3671718ec78734f76d57b3f225ea9868fa
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdlibC95h.m4
FileName: time-1.9/m4/stdio_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdioC95h.m4
FileChecksum: SHA1: 81c420e632724d22ea54b5779054bc3c2297c428
FileChecksum: SHA256: 14c1c0223d01ba543bc5749003939d79f5095b4bb29337d1b71909605340a241
FileChecksum: SHA512: 21702ecc3c375de4bf4fc328af7ec71b746c22fdf7697c6ad1fdb1f9cc5b6017082074d8349adad1384da2f0cdd2b4d9c7fa2e660f2cc18b967459b78aea3b0e
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdioC95h.m4
FileName: time-1.9/m4/strerror.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-strerror.m4
FileChecksum: SHA1: 0f15c737dfbcc1a56b3c730f83aa77dddc8c1fb4
FileChecksum: SHA256: b8b30d0914bb9141110ccdf35fd9ce0d25233564e2779bf08b34ff86d7aae732
FileChecksum: SHA512: 45367d920c9a53c76f0d5760a78a87b29a7bcc9070b5d2b084124e388fd94a2dd27be84a26841c4c15be709b97466b960f56281604ef7ef7bdfcb16f03f80e08
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-strerror.m4
FileName: time-1.9/m4/stdint.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdint.m4
FileChecksum: SHA1: 9b7c39d49b752a4f719c46b97461d6d0a1597769
FileChecksum: SHA256: 3a837a747dcb8964d92d64763c02f3dccdc75a1adb2bd5516e34f5639bd827c4
FileChecksum: SHA512: 9b4156bd7b55ade117d95f6d7cf6bf818c32ab9cdc6e03160cae37dbac30e3aca5fad66cf8e35ffcb87d0ce14d1e00353aa9a1cf3bd1b6bac582742a58f84813
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stdint.m4
FileName: time-1.9/m4/string_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stringC95h.m4
FileChecksum: SHA1: 229e2a129e3159ced22dd1083ac0dbe870e6483c
FileChecksum: SHA256: 5bb3945511c5c8c00efff86d2e6674cf865791caa59acd3ef8930a6f656b4042
FileChecksum: SHA512: 54ca78a16e05f0ede5b5f4632ebb5209933b262d95b9d935863793d98b063fc4468eb0868fb12bfd72dd5a005e041ec8ea33b73cd052c1cc93f3f39e837fdaad
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-stringC95h.m4
FileName: time-1.9/m4/sys_resource_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95resourceC95h.m4
FileChecksum: SHA1: f182501fb19fb13f6ce5dc2a95cf5ea26cc0688a
FileChecksum: SHA256: f3af80e8307e4d2cabb3f722a1088cc4e01bdb045f0689d70b0b7b868c605b08
FileChecksum: SHA512: 0bc885c841730b80adfc129a2652647bb157e355b55dd68d2470e1c7ef3e9ad2222637f131b0ca0725dab84841914d2f42b5bf3915839ca16aaf7a0c26f3df32
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95resourceC95h.m4
FileName: time-1.9/m4/sys_socket_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95socketC95h.m4
FileChecksum: SHA1: ca3e39a440708511878b60640afbb2ae17a4c8e5
FileChecksum: SHA256: c046595cdb6d9f45bdd2b544747e5e02e1df0a5451aae05e002fa32fba34be90
FileChecksum: SHA512: 2dcb5e5a5176cd9ef7ad0f5685c97dd6ab22705675574b3880dd8f363ab5e8b4a24836a759c2867e314e873a5c21b4126fb1d4869444fc87ac80bbbbc2f07a7f
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95socketC95h.m4
FileName: time-1.9/m4/sys_types_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95typesC95h.m4
FileChecksum: SHA1: e36c6476e8bb9e7666b547465b59a9f44db1cadf
FileChecksum: SHA256: 6db6a817b9826b29447ed8a4addc36fb3ec8567cdefb49ce6828a9e95b919f53
FileChecksum: SHA512: 3bf474ab0dadd3be18fc9c0200454f08c185f629c558762c4220022fd139877d8fc8cd6adcef1a76bc82eaea4b6091cb596d1b36fe1b74afd8c98f8e6a0578b8
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95typesC95h.m4
FileName: time-1.9/m4/sys_time_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95timeC95h.m4
FileChecksum: SHA1: 608114215d62715e149e4a61bdd23147cb58589f
FileChecksum: SHA256: 7b8060be0abc356587ea0fdf8fd87847114da43a1d8e39d47fd3bb22ed7c3d37
FileChecksum: SHA512: 58bfc0f701817d8bd9d13866386eccd22b65bfc9a61ca4d7264655bb1569dd9037b3f6988cfe0cc2d84da688633ff5c0c59410eced91fa88b1d75ef36cec749c
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95timeC95h.m4
FileName: time-1.9/m4/sys_wait_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95waitC95h.m4
FileChecksum: SHA1: 8085422d7d1ee961a9ef799940b4d029656736d6
FileChecksum: SHA256: 0cc5397a4175b5b3ed3513feaea1f8cd9ee0d9e2b5295d950a668819ccfb8d06
FileChecksum: SHA512: 349802444ce948e638bd45295dae6e9a213c27cd1b896a0b3ff02c32c94927a486397e8e1b2539444f4cc452af0813ca401ab4254105ba8a6525187933056a0d
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-sysC95waitC95h.m4
FileName: time-1.9/m4/version-etc.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-version-etc.m4
FileChecksum: SHA1: b58c33a96f9063fe1500e29c26f31aae9c5a42e3
FileChecksum: SHA256: babe2f16926a25964f2a458af91445eaeaebdb82afea9cd82fc5fb88b0839b13
FileChecksum: SHA512: ed4b613c6d360fcad9ebf4ffe9652d649367cf795ab13ee4b7dbabbec3839a94d59b80402a9e183a629b56846b1cc3409ab8a737f69b07cf3e4342ecee83b5b2
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-version-etc.m4
FileName: time-1.9/m4/time_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-timeC95h.m4
FileChecksum: SHA1: 33118e382fed1142424c16f9fcac67997e3daad8
FileChecksum: SHA256: d556a4f5b3bca246bcca74685cc59d9bec5d51151daf966e92107993d87fa432
FileChecksum: SHA512: 02d3936c501a4ad981095b785c3c82403dd0d936981c621ecdf05acaf5fb8008901bf7190a7b6d4415c9c2623e3c6d9a5eabc1ac29e85464e4f043cc2d6eb7a6
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-timeC95h.m4
FileName: time-1.9/m4/warn-on-use.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-warn-on-use.m4
FileChecksum: SHA1: 51e5370363f45cc98dee7b8c9c34d394f7ce7f30
FileChecksum: SHA256: e2dbc7d04187364a4ecb5ac506ef192d703ba025ebca785d0befde33b60e623e
FileChecksum: SHA512: 8216217c2c55ea6924db48a6c5fec51c344aac7f60addb5064f9234dbd6f762ac58abdfb5ba0d85120b7f4b3575e2d078a38fe205d00a7f734bb35a1f36a1599
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-warn-on-use.m4
FileName: time-1.9/m4/unistd_h.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-unistdC95h.m4
FileChecksum: SHA1: aa9cd95639ddad70ac9cabe1512f5a6b7067a058
FileChecksum: SHA256: e06dbe50cca5b319dd3f5fdbf26df4300c5c00671ca55edc581acea72dc5c96d
FileChecksum: SHA512: 6327822ef4282f7448a9b5272c82a1938d3f360356cb2bf4da7edbbe9b38414d35c4e8b2939558c0da7d6cad1af1aced7f7ff85f2d9c4b9dc8baf94e5969df3d
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-unistdC95h.m4
FileName: time-1.9/m4/warnings.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-warnings.m4
FileChecksum: SHA1: 2cd6fbe2ef40cd2b9d4acb281b9fa12c1b47a197
FileChecksum: SHA256: e48d83de80037cd73895e341fe4d1a13efe6c26628eed022ffc8cd79dd781a70
FileChecksum: SHA512: 8df13d3b6b9d67b0c231600aaa1dfe72b2c321e14dbce7e14e3a3049a4941abf82c06e15d9562620b6d1b8439b5a16b3e2592440cb5e32d6bb5bac9c85c3e94b
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-warnings.m4
FileName: time-1.9/m4/wchar_t.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-wcharC95t.m4
FileChecksum: SHA1: fdfde6e09de0b09c2d6dfc52257079459705708f
FileChecksum: SHA256: 1b079729fb968bd7be9e131f4b257c3e1fb6a32329642defeb776560420a3a56
FileChecksum: SHA512: 1f83383051c4a43be51d755914305104c70537ff46979907abf3e727a8317a51e3d975630807042ac80dbdbba9aabd6fa81dafbd6fe2cc98aa012fd48c73dcd4
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-wcharC95t.m4
FileName: time-1.9/m4/wint_t.m4
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-wintC95t.m4
FileChecksum: SHA1: 5c2fda83d4dc5fe3bd2af51edba153864c310f57
FileChecksum: SHA256: 5490ea0558d57482d8060f36415b0c3a384fd45f94857e2306159b35ad522c39
FileChecksum: SHA512: 34e78e39f572a6a54093183762bdce9b20671647edefcdb121e428c9967eb2f64e8b077bf24bca9fd053c5c6b316338a1d5003220127f74f115f831ac64730e2
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-m4-wintC95t.m4
FileName: time-1.9/src/resuse.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-resuse.c
FileChecksum: SHA1: 9df923fd706085677cb17f7fa58b851a3d1f74d0
FileChecksum: SHA256: 5d4c2b356724aa52e219c76b86034b719938b9e7ea58529f0fe2a1dd77bbd0e6
FileChecksum: SHA512: 021a05a09d1a9120594075524beeb6cc79a54c676e3d2b400e1bb5bb41339a23280bf86a24daaa4437ae5bb7fcd2317c851af4000511fd3b1d74fe620c2cb1d3
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-resuse.c
FileName: time-1.9/src/resuse.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-resuse.h
FileChecksum: SHA1: 4ce8b714113da3055d0721f4b3639aa0f25ce47c
FileChecksum: SHA256: d23eb63b1550eb44448f571c9149945c55afc5bc01aeb735ed3b60f632a84e74
FileChecksum: SHA512: 9195e20f5de87bb7cf01d7a1990b8bd473bface6011bb2099d57f653755e07e3f6629e872342003511e6e50ba89b84526fa8ea0292c909b4a24b28f407b0ffe2
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-resuse.h
FileName: time-1.9/src/rusage-kb.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-rusage-kb.c
FileChecksum: SHA1: d377a5251c15cd6cfa29046748631749e10bc744
FileChecksum: SHA256: d1be3fdee1579db9cfe1b6c10a135e5ea388704238dd5388af927e1b4c613c9b
FileChecksum: SHA512: 8bfe48ac705a7f2fe5d0db30a621291041d80da7ce8e04d16a872f135d300b839f9f6035b5295216c25633af50805dc9a98cc41cf10db222ec370e9ff88ca14d
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-rusage-kb.c
FileName: time-1.9/src/rusage-kb.h
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-rusage-kb.h
FileChecksum: SHA1: 3e6b7c41d9d21a64cc4c0fe8d8940fa34aaa7e15
FileChecksum: SHA256: e7e6bb30b7120ccff2e670f454a91ec350c7cc97a30452354d8e5af91dc8a925
FileChecksum: SHA512: 253d3da07adb9aa49aef2d697c2b54150f45814ab18cd34a7e6e2c9c4f2f7edda9e34d47947eb70ce78b408cf8d3815969d88009af64711acfc476be122f7599
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-rusage-kb.h
FileName: time-1.9/maint.mk
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-maint.mk
FileChecksum: SHA1: 561b14718c07c9663ea30749d57b2c71160dcd42
FileChecksum: SHA256: 13b66e4b57991e8190ecaf29fcf2a72a1c8934bb74545557922acb9ab5b40b87
FileChecksum: SHA512: 69fd1a1f89e9978e0e50418c329e3a6b1685ff7b4d685c703671bd93f87b43df914c129ad3b0d95ce0ae849151c82da95d199063d201a450e24c6ee382aed760
FileType: OTHER
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-maint.mk
FileName: time-1.9/tests/help-version.sh
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-help-version.sh
FileChecksum: SHA1: 30b3973b22ddbcd9e8982a06c5a2440fcb315013
FileChecksum: SHA256: f5b8aab8089ff5de5f92bc037e23c1c18e8968db4c60848d71d42dbe818ba174
FileChecksum: SHA512: a2d33cdf799d558ad4c87a07cac14eed17da51587d12832b6fa5b4eb9d766afc813f2889345c55de4ca797447fe2e002dbad873f7a2cd0179489cf97f394236c
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-help-version.sh
FileName: time-1.9/src/time.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-time.c
FileChecksum: SHA1: e523df92851a6fd2d7dc03112f7e0b47b822531c
FileChecksum: SHA256: 3fa8c0b3aa5bb0eeea8b1d9d32419cd1db13f1d46ffff5a30135669f49da5df4
FileChecksum: SHA512: f2dd0c2585dd3ee2b4b936fcad90eea59ac03eaa23e0e9fe646e87c1f6fffc1ef1d874cac377007827531dcfb1f6f186c59ab898ab9316c2194cdc55b653b0a8
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-src-time.c
FileName: time-1.9/tests/time-aux.c
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-time-aux.c
FileChecksum: SHA1: 3ee07020d4e3c6c123dfdc22f44d203ef3a80431
FileChecksum: SHA256: cca1dd29520a20bef989f6c043a7cb3a74f1c0f4019e56b7f85da595147b56cd
FileChecksum: SHA512: 8acb9107abf3c85fe83d88893f4407cf39428aeea32dfd63097c88adba9303b614d3a205a8f476fc9220423e044130fd4dd257cb60937756da6831c30af5ef7b
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-time-aux.c
FileName: time-1.9/tests/init.sh
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-init.sh
FileChecksum: SHA1: f1b6784c00fe8e44c66690f22a2729a23111cec7
FileChecksum: SHA256: cf7047f00047ab0ee608a966a92b31ae119efc96b0042b9385d82e16b2f07f39
FileChecksum: SHA512: 13888dc4914c2b854bad21bf3cf8f98bb67e1ab0b43575a5dc6e03b4c8a022c8e893e44f355164f84cb6a4591322c2b7c1873d8fd18836f8b65e8234207193c3
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-init.sh
FileName: time-1.9/tests/time-exit-codes.sh
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-time-exit-codes.sh
FileChecksum: SHA1: a2274d739390a1f5fdd92cf2287c3e6a51f6e555
FileChecksum: SHA256: 146e0e94d360e87d34514810d38da240bb0dfe7ad067711f3871512173c484d5
FileChecksum: SHA512: 683c345cad78fca0127738c7de45c539fa8c82f5b24f59c75174273e338df41bc73f260c16e1675c60bafa491237ffa5edf1cd1a52e6b40d575ddac4955fce14
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-time-exit-codes.sh
FileName: time-1.9/tests/time-max-rss.sh
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-time-max-rss.sh
FileChecksum: SHA1: 587cf63cce3b3b09dca557a482b5d0255cfa0dfa
FileChecksum: SHA256: 9ad7d2dc3dbe023e940b287395ed71d121914dc0bd99ffb3cc816ae56b4e5bfd
FileChecksum: SHA512: 5382102b1fc91bb940d800a37040ae798d37d28029c95963fcb9978b339c4784412802f3c015001b758f86e52bfe83ec98c179d4307e06502dd9fde5ce8b2e19
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-time-max-rss.sh
FileName: time-1.9/tests/time-posix-quiet.sh
SPDXID: SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-time-posix-quiet.sh
FileChecksum: SHA1: 0890026279d3bd045bbd9a896ac3ec3533e3079c
FileChecksum: SHA256: 15b50998ea1dbe478908e2694f020f3fc388ce99a9ec96e53727c657701db466
FileChecksum: SHA512: c94ba7d086c3812e3236daef31cff90ece45ec37280ef53cdcc072c5139a0a010defd779d9f6d8e4984199be55e616233e34190cc1486e134626e5daf765383f
FileType: SOURCE
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-spdx-tar-extract-4192969044 CONTAINS SPDXRef-File-spdx-tar-extract-4192969044-time-1.9-tests-time-posix-quiet.sh

Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-Package-spdx-tar-extract-4192969044


