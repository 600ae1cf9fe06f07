SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: SAG-PM generated SBOM
DocumentNamespace: dns:softwareassuranceguardian.com
Creator: Organization: dns:reliableenergyanalytics.com
Creator: Tool: SAG-PM Version: 1.1.7
Created: 2022-01-19T19:01:13Z
PackageName: App-BOM-ination.zip
PackageVersion: NOASSERTION
SPDXID: SPDXRef-Package-b6ad54c3-8428-49c1-ab7d-2ee43b9299fb
PackageSupplier: Organization: yevster
PackageDownloadLocation: NOASSERTION
FilesAnalyzed: true
PackageLicenseInfoFromFiles: NOASSERTION
PackageVerificationCode: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
PackageLicenseConcluded: NOASSERTION
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION
PackageChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseID: LicenseRef-Unlicense
LicenseName: Unlicense
FileName: App-BOM-ination.jar
SPDXID: SPDXRef-2d3177d1-5e7f-4159-aff3-fcadb5029cb8
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: activemq-broker-5.8.0.jar
SPDXID: SPDXRef-4ded17ce-03cc-4d63-bbe0-ec8cc68ec680
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: activemq-openwire-legacy-5.8.0.jar
SPDXID: SPDXRef-8a80afd3-5ad5-4944-93ad-5367a2371ac1
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: activemq-client-5.8.0.jar
SPDXID: SPDXRef-cef521b8-676b-4ccf-81fb-a881ed55938f
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: slf4j-api-1.7.21.jar
SPDXID: SPDXRef-d1255241-368e-47b6-8d42-16b61280f401
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: commons-lang3-3.4.jar
SPDXID: SPDXRef-d2cd2be0-160c-432c-951e-a740dca7a012
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: struts2-core-2.1.6.jar
SPDXID: SPDXRef-d3e0b720-05b9-45f6-8fc4-cc24d603b947
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: mysql-connector-java-8.0.11.jar
SPDXID: SPDXRef-fa795ba6-f974-4446-a744-12981d9af983
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: hibernate-validator-5.2.0.Final.jar
SPDXID: SPDXRef-77d184b2-be4a-4805-8ef4-b91258ae72a7
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: xwork-2.1.2.jar
SPDXID: SPDXRef-a75e81ba-c077-4e3a-953e-f7c70751648d
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: freemarker-2.3.13.jar
SPDXID: SPDXRef-af77d9f4-6072-4e1e-be06-54732fad3c20
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: ognl-2.6.11.jar
SPDXID: SPDXRef-e77a7a07-99b5-429a-90ce-7d56f134555e
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: commons-fileupload-1.2.1.jar
SPDXID: SPDXRef-6155c37d-ce21-4494-86bd-2bdf7933b49a
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: commons-io-1.3.2.jar
SPDXID: SPDXRef-814512b8-6f24-4870-adc3-0521b13796e4
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: protobuf-java-2.6.0.jar
SPDXID: SPDXRef-c6a2a671-8f0d-48f8-b640-7445f3605c0e
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: validation-api-1.1.0.Final.jar
SPDXID: SPDXRef-6d670273-9950-4d61-8a79-339ad3e0b7fb
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: jboss-logging-3.2.1.Final.jar
SPDXID: SPDXRef-109a89ec-7b76-4aa8-9d2f-501348d3574d
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: classmate-1.1.0.jar
SPDXID: SPDXRef-4fd601e6-be4f-49da-ae98-6f05517c815e
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spring-test-2.5.6.jar
SPDXID: SPDXRef-d47abd31-c0b6-42da-b837-f7c7b75d36c2
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: geronimo-jms_1.1_spec-1.1.1.jar
SPDXID: SPDXRef-dc9719ff-ede3-4f80-9cce-c2739f9ca82b
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: hawtbuf-1.9.jar
SPDXID: SPDXRef-6f17b66d-8809-4c75-8eef-b1043351e2b2
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: geronimo-j2ee-management_1.1_spec-1.0.1.jar
SPDXID: SPDXRef-ecf7387e-a5c2-4781-8121-4d447705938a
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: commons-logging-1.1.1.jar
SPDXID: SPDXRef-0dc94213-2095-4f01-91b6-9104631a72d9
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: junit-3.8.1.jar
SPDXID: SPDXRef-c85be39f-533e-4000-91bb-5abc5ccbf4d4
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: App-BOM-ination
SPDXID: SPDXRef-098c5634-4054-410b-ae63-ae6aaf53f821
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: App-BOM-ination.bat
SPDXID: SPDXRef-54202475-3aff-4f8b-8f93-42dee29085a1
FileContributor: yevster
FileType: BINARY
FileChecksum: SHA1: C473018AAF2B8C5C45F7F8A035F0FF571A69EABA
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
