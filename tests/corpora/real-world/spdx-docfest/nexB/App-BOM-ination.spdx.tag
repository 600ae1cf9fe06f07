# Document Information

SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
DocumentNamespace: http://spdx.org/spdxdocs/scans-8cca9d67-71b4-411e-b79c-6f646e8ae007
DocumentName: SPDX Document created by ScanCode Toolkit
LicenseListVersion: 3.14
SPDXID: SPDXRef-DOCUMENT
DocumentComment: <text>Generated with ScanCode and provided on an "AS IS" BASIS, WITHOUT WARRANTIES
OR CONDITIONS OF ANY KIND, either express or implied. No content created from
ScanCode should be considered or used as legal advice. Consult an Attorney
for any legal advice.
ScanCode is a free software code scanning tool from nexB Inc. and others.
Visit https://github.com/nexB/scancode-toolkit/ for support and download.</text>


# Creation Info

Creator: Tool: scancode-toolkit 30.1.0
Created: 2022-01-22T01:46:01Z


# Package

PackageName: scans
SPDXID: SPDXRef-001
PackageDownloadLocation: NOASSERTION
PackageVerificationCode: 713a24b7722e8cb32d2e1503273713b03ddf1611
PackageLicenseDeclared: NOASSERTION
PackageLicenseConcluded: NOASSERTION
PackageLicenseInfoFromFiles: Apache-2.0
PackageLicenseInfoFromFiles: MIT
PackageLicenseInfoFromFiles: LicenseRef-scancode-proprietary-license
PackageLicenseInfoFromFiles: LicenseRef-scancode-unknown-spdx
PackageCopyrightText: <text>Copyright (c) 2016 Faust Inc. All, and I
Copyright (c) 2016 Faust, Inc.
</text>


# File

FileName: ./App-BOM-ination-1.0/LICENSE
SPDXID: SPDXRef-5
FileChecksum: SHA1: 92170cdc034b2ff819323ff670d3b7266c8bffcd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./App-BOM-ination-1.0/README.md
SPDXID: SPDXRef-7
FileChecksum: SHA1: 15399fcbbe6f3ff84c82039d446d820ecbbc3ac6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: <text>Copyright (c) 2016 Faust, Inc.
</text>


# File

FileName: ./App-BOM-ination-1.0/build.gradle
SPDXID: SPDXRef-2
FileChecksum: SHA1: 9c55f0e3bd70363a02377f729d139a5d91325d40
LicenseConcluded: NOASSERTION
LicenseInfoInFile: LicenseRef-scancode-unknown-spdx
FileCopyrightText: NONE


# File

FileName: ./App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar
SPDXID: SPDXRef-11
FileChecksum: SHA1: 1d7e78262e0da9bbc9afe401fb000607a4dec5e5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.properties
SPDXID: SPDXRef-12
FileChecksum: SHA1: 67174de726d5caae455cd22e9c4450e9c490ac6b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./App-BOM-ination-1.0/gradlew
SPDXID: SPDXRef-3
FileChecksum: SHA1: b86a8c3bab5a3ed0441b3fe3b1f6b31ec1ead901
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./App-BOM-ination-1.0/gradlew.bat
SPDXID: SPDXRef-4
FileChecksum: SHA1: d841ffc9855dcc642901e8abf28dee20b0485864
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./App-BOM-ination-1.0/logo.png
SPDXID: SPDXRef-6
FileChecksum: SHA1: 340e8b696bc50d76cf50df943dbaf46591da9ef4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./App-BOM-ination-1.0/settings.gradle
SPDXID: SPDXRef-8
FileChecksum: SHA1: 1458a5c5fb1189d2cc8212052975f39ae710d622
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./App-BOM-ination-1.0/src/main/java/com/github/appbomination/InsufficientKarmaException.java
SPDXID: SPDXRef-19
FileChecksum: SHA1: fd668bc0096794e4d8125a29f9a746c0ab1edc57
LicenseConcluded: NOASSERTION
LicenseInfoInFile: MIT
LicenseInfoInFile: LicenseRef-scancode-proprietary-license
FileCopyrightText: <text>Copyright (c) 2016 Faust Inc. All, and I
</text>


# File

FileName: ./App-BOM-ination-1.0/src/main/java/com/github/appbomination/Main.java
SPDXID: SPDXRef-20
FileChecksum: SHA1: 2b7b936a3f185a53528724e4f4141030906963c2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# Extracted Licenses

LicenseID: LicenseRef-scancode-proprietary-license
LicenseName: Proprietary License
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/proprietary-license.yml
</text>
ExtractedText: <text>FAUST, INC. PROPRIETARY LICENSE:</text>


LicenseID: LicenseRef-scancode-unknown-spdx
LicenseName: Unknown SPDX license detected but not recognized
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/unknown-spdx.yml
</text>
ExtractedText: <text> * SPDX­License­Identifier: LGPL-2.0+ OR WTFPL</text>


