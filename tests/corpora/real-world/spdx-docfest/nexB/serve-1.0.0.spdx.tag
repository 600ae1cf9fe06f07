# Document Information

SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
DocumentNamespace: http://spdx.org/spdxdocs/serve_1_0_0-bd3d2ccf-6411-453b-875d-2df1dbc6a06b
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
Created: 2022-01-21T21:54:20Z


# Package

PackageName: serve_1_0_0
SPDXID: SPDXRef-001
PackageDownloadLocation: NOASSERTION
PackageVerificationCode: c9c2a7a5823abaec792ea061a35fd5db981ad3f0
PackageLicenseDeclared: NOASSERTION
PackageLicenseConcluded: NOASSERTION
PackageLicenseInfoFromFiles: Apache-2.0
PackageCopyrightText: <text>Copyright (c) 2014-2021 Frederick F. Kautz IV
</text>


# File

FileName: ./serve-1.0.0/.github/dependabot.yml
SPDXID: SPDXRef-9
FileChecksum: SHA1: 278ec08f763ad14fc56be0ac82ad27baf58e9a93
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./serve-1.0.0/.github/workflows/go.yml
SPDXID: SPDXRef-11
FileChecksum: SHA1: 08b5dcbaad6c7a36ae5888b71df862ed448dac1e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./serve-1.0.0/Dockerfile
SPDXID: SPDXRef-2
FileChecksum: SHA1: e8d94d49fafde40ea5faf66c373bfda7bc5168ec
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./serve-1.0.0/LICENSE
SPDXID: SPDXRef-5
FileChecksum: SHA1: c700a8b9312d24bdc57570f7d6a131cf63d89016
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./serve-1.0.0/README.md
SPDXID: SPDXRef-7
FileChecksum: SHA1: 1ef1dc069a3f2750863d95df584951c4240d83f0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./serve-1.0.0/go.mod
SPDXID: SPDXRef-3
FileChecksum: SHA1: 4196d544de76ece13ab600d2a1b024cf57c3d38e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./serve-1.0.0/go.sum
SPDXID: SPDXRef-4
FileChecksum: SHA1: d32988c06c8e39c2c84943456d414de1909ff9ef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./serve-1.0.0/main.go
SPDXID: SPDXRef-6
FileChecksum: SHA1: 3fb2132aec9cf639f00409b508e27bdbf0c0527f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) 2014-2021 Frederick F. Kautz IV
</text>


# Extracted Licenses

