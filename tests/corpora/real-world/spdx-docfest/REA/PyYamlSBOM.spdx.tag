SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: SAG-PM generated SBOM
DocumentNamespace: dns:softwareassuranceguardian.com
Creator: Organization: dns:reliableenergyanalytics.com
Creator: Tool: SAG-PM Version: 1.1.7
Created: 2022-01-19T18:31:22Z
PackageName: PyYAML-6.0.tar
PackageVersion: 6.0
SPDXID: SPDXRef-Package-35e96f79-165c-48ab-94eb-4bdd1537b170
PackageSupplier: Organization: Kirill Simonov
PackageDownloadLocation: NOASSERTION
FilesAnalyzed: true
PackageLicenseInfoFromFiles: NOASSERTION
PackageVerificationCode: 4CA387ACF16091329C1F9A58E3C9618527F942D9
PackageLicenseConcluded: NOASSERTION
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION
PackageChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseID: LicenseRef-Unlicense
LicenseName: Unlicense
FileName: PyYAML-6.0
SPDXID: SPDXRef-6f8e3562-cfab-47c0-b74f-77ba71bb3543
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: CHANGES
SPDXID: SPDXRef-887123d9-0eab-4fac-8807-c3307bd08d51
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: LICENSE
SPDXID: SPDXRef-db0bdcc2-b24e-4d18-97d5-e9a3bd46b834
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: MANIFEST.in
SPDXID: SPDXRef-a28f37b2-bb5b-4550-ad25-eded5c47290b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: Makefile
SPDXID: SPDXRef-70f3ad46-324a-475a-8c6d-f14e6a720c08
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: PKG-INFO
SPDXID: SPDXRef-d165b46d-9f87-4771-8c92-984482c76ad2
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: README.md
SPDXID: SPDXRef-81eab554-3765-4b53-b1c1-e299bb9a3817
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: examples
SPDXID: SPDXRef-1be8af59-d998-45f3-928c-21f3ada9f0b7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: pygments-lexer
SPDXID: SPDXRef-dddcb083-e3c5-4d9b-b30d-b861bc38133d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: example.yaml
SPDXID: SPDXRef-c0dddf98-c206-471e-9d34-6624d688d9f5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml.py
SPDXID: SPDXRef-b3b9e24a-cbf0-4731-a420-58380ea1c4b1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml-highlight
SPDXID: SPDXRef-6a7c9ce5-9da7-4691-ba7f-07ae315f1255
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml_hl.cfg
SPDXID: SPDXRef-19021b9f-4bb0-4941-a08b-9e58d3a8bd91
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml_hl.py
SPDXID: SPDXRef-5ab830e6-8b0f-4244-b03a-efd7bb0f973c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: lib
SPDXID: SPDXRef-04842518-1b59-4163-bc38-2a016f502804
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: PyYAML.egg-info
SPDXID: SPDXRef-8a00aa74-f0cb-4155-92fd-7e0e73876994
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: PKG-INFO
SPDXID: SPDXRef-832f05f6-72a2-4ab7-9544-f09ce965a0f4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: SOURCES.txt
SPDXID: SPDXRef-c13594fe-7984-48f4-ad71-ad005e49cccb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: dependency_links.txt
SPDXID: SPDXRef-21e4b537-e495-4cdd-94ab-e261f6e4f6c6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: top_level.txt
SPDXID: SPDXRef-73a09a98-9908-4869-af50-96a9c6915ac9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: _yaml
SPDXID: SPDXRef-94921c3a-622f-4adf-bfa8-aba55a8dccc8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: __init__.py
SPDXID: SPDXRef-fbf9e20f-b840-46e9-94b5-33080f9f4563
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml
SPDXID: SPDXRef-6c738604-e2a5-4e68-bf68-a6fff50774b4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: __init__.py
SPDXID: SPDXRef-feb1262c-5fb3-42e2-a648-6027fc4f3bdb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: composer.py
SPDXID: SPDXRef-d6fcc972-2b9d-4c20-9aa7-23a235dfa9ee
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: constructor.py
SPDXID: SPDXRef-99c15562-6748-4908-8650-7cb2cf3acd41
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: cyaml.py
SPDXID: SPDXRef-af965dfc-bfc1-4f38-85d3-e2622eef42be
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: dumper.py
SPDXID: SPDXRef-f3ec65cc-f1f6-4d0d-9a37-1a20b1b6ccb3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emitter.py
SPDXID: SPDXRef-c1d09f5b-3720-4d32-855a-46ac26d52f25
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: error.py
SPDXID: SPDXRef-992330a6-8491-4253-bfc4-9bdf53ad95e3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: events.py
SPDXID: SPDXRef-0f076050-b09c-482b-bec7-13fbe2f86d41
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: loader.py
SPDXID: SPDXRef-1374c991-a08f-434e-bd50-95680de6df23
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: nodes.py
SPDXID: SPDXRef-0a2e55dc-49c8-4c59-8046-56ebbd1cb18d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: parser.py
SPDXID: SPDXRef-77c5bfbb-9058-4343-a465-6342d37841ca
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: reader.py
SPDXID: SPDXRef-ab7b73a2-80d6-43cc-b844-8f4741a3fe41
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: representer.py
SPDXID: SPDXRef-e8d33e44-ffe0-405c-84b0-7d7ebe0536cc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: resolver.py
SPDXID: SPDXRef-e4ac3957-d617-46b3-9dc5-4c1c38a9799c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: scanner.py
SPDXID: SPDXRef-b30b58c4-e396-42b1-8d0f-07034ba47d02
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: serializer.py
SPDXID: SPDXRef-8f04b7d5-5262-44a9-8921-dd8cdf2f178e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: tokens.py
SPDXID: SPDXRef-5354494f-c7e1-4c20-beea-ed585896da55
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: pyproject.toml
SPDXID: SPDXRef-d012972e-960e-4115-a480-0d94279fbc40
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: setup.cfg
SPDXID: SPDXRef-391a351e-dd94-433f-8994-265aecb5dfab
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: setup.py
SPDXID: SPDXRef-a2a6ca30-7718-4845-b0f6-51c40b9905b9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: tests
SPDXID: SPDXRef-89a4be19-06ff-444a-9314-b9d2b356ce80
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: data
SPDXID: SPDXRef-b6325dc3-8db6-4e51-97df-5689b1913fd9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: a-nasty-libyaml-bug.loader-error
SPDXID: SPDXRef-d8a37be6-3827-4526-ab79-5ace498d9a1b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: aliases-cdumper-bug.code
SPDXID: SPDXRef-9c46e22f-6700-46c3-adb1-24ccef7158bc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: aliases.events
SPDXID: SPDXRef-57e364eb-2b2f-44b1-b874-9de8de1d86c7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: bool.data
SPDXID: SPDXRef-dcd75a29-518c-4663-a900-06624fbc81b5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: bool.detect
SPDXID: SPDXRef-775db7bc-5735-4286-9602-b74695a14932
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-binary-py2.code
SPDXID: SPDXRef-65c093a1-cb12-4720-9d5c-4fdfea36930f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-binary-py2.data
SPDXID: SPDXRef-bf96d8e7-0eb6-47f7-9b3d-f6f105722821
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-binary-py3.code
SPDXID: SPDXRef-ee53a984-5bc7-401e-a7c6-4270f3e8de1b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-binary-py3.data
SPDXID: SPDXRef-0a2711fd-2d50-44a9-a481-cccad0a42790
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-bool.code
SPDXID: SPDXRef-e4d7e178-b272-4a4d-9fe0-ab6e718cb997
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-bool.data
SPDXID: SPDXRef-ef8d3fa9-8738-403f-be4d-29b0efe23da3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-custom.code
SPDXID: SPDXRef-1be1a7da-a575-4ec1-babd-28fab4a71e76
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-custom.data
SPDXID: SPDXRef-c5eb4f98-038b-4edb-ada5-cdf67b9493cc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-float.code
SPDXID: SPDXRef-0b50ed2b-d4bc-4094-b07b-c9a8623ac330
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-float.data
SPDXID: SPDXRef-8e15d74e-5fd6-4d3e-ba31-2671d9ae6240
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-int.code
SPDXID: SPDXRef-37c2653b-526f-4244-a32d-befc8ddc6115
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-int.data
SPDXID: SPDXRef-289a051e-1a77-4b7e-83a5-5a1b870679ec
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-map.code
SPDXID: SPDXRef-22fca87f-58e4-44e9-ad54-12fccd04eca4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-map.data
SPDXID: SPDXRef-d5bf6873-f103-454e-a5d2-404a3b07442b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-merge.code
SPDXID: SPDXRef-0579e7f7-f2bc-4a9d-9178-25e83c7aa6dc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-merge.data
SPDXID: SPDXRef-9132dd59-1e60-4297-82d1-68d63bf33443
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-null.code
SPDXID: SPDXRef-a13aab6c-1819-4e55-a609-fc7bfd927de7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-null.data
SPDXID: SPDXRef-ddff8734-97e2-487e-9ec9-29b153edbf67
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-omap.code
SPDXID: SPDXRef-83c418b8-16b6-440d-b920-fab5b951a910
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-omap.data
SPDXID: SPDXRef-b03e2ed4-932a-473d-98c5-a22d70c97780
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-pairs.code
SPDXID: SPDXRef-5e03ffc1-bc87-4d4f-8072-545d0358cff0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-pairs.data
SPDXID: SPDXRef-6d0c0c02-afdf-4443-bd4f-9b32ef1dcad4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-bool.code
SPDXID: SPDXRef-a85b03c4-c0a5-40a5-a756-b2922757374c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-bool.data
SPDXID: SPDXRef-d97c97d6-d57f-48eb-8dc8-bd7a58b7b944
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-bytes-py3.code
SPDXID: SPDXRef-8d86da8a-cea6-4ca6-ac81-5470ed372aec
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-bytes-py3.data
SPDXID: SPDXRef-3d066397-89fa-4de6-a5ac-e19149b808f4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-complex.code
SPDXID: SPDXRef-813f5d2a-ef61-4536-b3c3-56fceede08f2
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-complex.data
SPDXID: SPDXRef-e2b49683-3773-4c30-ab85-32eadc1098bb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-float.code
SPDXID: SPDXRef-b6bc6769-41ac-4850-9c57-a68fc6a322cc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-float.data
SPDXID: SPDXRef-2066ea76-0c9f-4515-b8b2-b2c205f52a8a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-int.code
SPDXID: SPDXRef-722d17cc-245b-4c95-8ba5-5db17f9af145
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-int.data
SPDXID: SPDXRef-78085cc6-e09e-4a6d-ba86-3affed56bebb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-long-short-py2.code
SPDXID: SPDXRef-f85d9ab3-2d8f-41ab-9fe1-8f7966afa75a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-long-short-py2.data
SPDXID: SPDXRef-156cdfac-cf77-4d5f-b4a3-5839ceb5dbfe
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-long-short-py3.code
SPDXID: SPDXRef-26af8a7a-6917-442e-8fa2-0ab84c500479
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-long-short-py3.data
SPDXID: SPDXRef-1ea6314b-55db-4f8e-b3ba-ae7ce7bbd2ba
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-name-module.code
SPDXID: SPDXRef-4126d532-0435-4d8f-ac4b-d85cd62f88a6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-name-module.data
SPDXID: SPDXRef-28f14e88-4918-49c3-959e-d0ebf3bdbd68
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-none.code
SPDXID: SPDXRef-95896d32-e93a-4b27-8bae-8095a42b3941
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-none.data
SPDXID: SPDXRef-c29d716f-c7f3-4af2-a7fe-46fd3973aba3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-object.code
SPDXID: SPDXRef-d12b7eec-c7c5-4e03-9d03-a76d45a27c16
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-object.data
SPDXID: SPDXRef-1247a89d-5434-4b69-9133-66424039548a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-str-ascii.code
SPDXID: SPDXRef-8227381f-47fc-4d45-9c0f-9d0e4cae2fdc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-str-ascii.data
SPDXID: SPDXRef-750f34f7-2be8-4cce-b96c-9689b6ec522a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-str-utf8-py2.code
SPDXID: SPDXRef-e0e08439-24bc-4b36-a1f5-f4d68c729ec9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-str-utf8-py2.data
SPDXID: SPDXRef-6c217da5-27fd-4cb1-814d-df43415f2876
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-str-utf8-py3.code
SPDXID: SPDXRef-4b736be4-73df-4824-9aa6-cfa883379ca5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-str-utf8-py3.data
SPDXID: SPDXRef-8988dc8f-bbc1-4c00-a24c-3d7cf343925d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-tuple-list-dict.code
SPDXID: SPDXRef-cafe723d-4355-4bbc-b6c3-642686ef7d49
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-tuple-list-dict.data
SPDXID: SPDXRef-f8a07082-9c70-4a33-96fc-a31fc1d305db
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-unicode-ascii-py2.code
SPDXID: SPDXRef-c7a907b5-4767-4182-aebd-f97a4511d5d2
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-unicode-ascii-py2.data
SPDXID: SPDXRef-40879bdd-eb02-4f75-88a5-56c6d72b26a7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-unicode-ascii-py3.code
SPDXID: SPDXRef-a38c0c4e-6d82-4032-8b5f-e7ed2e1e9651
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-unicode-ascii-py3.data
SPDXID: SPDXRef-307485ba-5909-4b63-b8d1-ccae56207177
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-unicode-utf8-py2.code
SPDXID: SPDXRef-e928956d-8419-40c8-abbe-e7bca6d54763
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-unicode-utf8-py2.data
SPDXID: SPDXRef-af0095b9-cefd-49a8-8b63-b6bc7fda2b3c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-unicode-utf8-py3.code
SPDXID: SPDXRef-e8be7f8c-9e87-4469-a12c-9e130f220b2b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-python-unicode-utf8-py3.data
SPDXID: SPDXRef-56e07ae6-577a-4da2-803a-894551032f65
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-seq.code
SPDXID: SPDXRef-2c23090c-317e-42d9-85c2-0a9122176fb5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-seq.data
SPDXID: SPDXRef-3696a2b2-5ccc-4de8-ab7c-e17492983cfe
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-set.code
SPDXID: SPDXRef-1945c6bb-91a2-4a51-a766-ffde6309610c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-set.data
SPDXID: SPDXRef-20591243-d621-4c17-854b-b844b8cf3388
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-str-ascii.code
SPDXID: SPDXRef-d391d4c3-98bd-43a6-b99e-4cbcccdee665
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-str-ascii.data
SPDXID: SPDXRef-b1be1d21-497a-439f-b06f-163e0e6cfa06
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-str-utf8-py2.code
SPDXID: SPDXRef-663979df-0498-486d-a19f-c17fdc41937c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-str-utf8-py2.data
SPDXID: SPDXRef-d602c1e1-b415-4a47-91a0-4d885ac5364e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-str-utf8-py3.code
SPDXID: SPDXRef-2debc4d9-ac8f-43f8-a21f-ccd08e2f1c86
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-str-utf8-py3.data
SPDXID: SPDXRef-26ccde2b-a447-43aa-ad83-e5c8406877ab
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-str.code
SPDXID: SPDXRef-1ef7b84a-0e51-410a-9ca3-7d98682d0cc8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-str.data
SPDXID: SPDXRef-d17a2c53-8b16-400f-86df-32e66cdb8d70
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-timestamp.code
SPDXID: SPDXRef-5b2c434e-2fc8-4361-ba03-6bb55a3edc0c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-timestamp.data
SPDXID: SPDXRef-e9b755f9-b5d6-4ff2-9551-6a961f886a10
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-value.code
SPDXID: SPDXRef-8c57bbef-318b-487c-9fd7-6e174849f617
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: construct-value.data
SPDXID: SPDXRef-08fe9806-98ed-4f04-8bbe-32c176daa323
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: document-separator-in-quoted-scalar.loader-error
SPDXID: SPDXRef-1cadb2ce-afdc-4923-9c79-17951d91935a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: documents.events
SPDXID: SPDXRef-4fc318de-b32d-4b3f-bc55-0bd98cf068cc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-anchor-1.loader-error
SPDXID: SPDXRef-62e7e569-4750-4f4a-a923-ddbfe7f9ee04
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-anchor-2.loader-error
SPDXID: SPDXRef-08b82a0c-247b-4a78-8bc5-c9ca01566a05
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-key.former-loader-error.code
SPDXID: SPDXRef-1599b937-ac60-4ea9-b72a-2413675702bf
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-key.former-loader-error.data
SPDXID: SPDXRef-dbf1297e-861c-4fad-bc30-07c72c1cfbe8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-mapping-key.former-loader-error.code
SPDXID: SPDXRef-1346fbad-9914-4e25-b83a-af9e6831c087
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-mapping-key.former-loader-error.data
SPDXID: SPDXRef-7a45fa0c-64ad-47e8-af27-381638cf6c97
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-merge-key.former-loader-error.code
SPDXID: SPDXRef-95e85926-5bba-4a99-ada2-ebf7878bffec
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-merge-key.former-loader-error.data
SPDXID: SPDXRef-e7b7e63f-6a13-4123-b50f-0545b39d3cf1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-tag-directive.loader-error
SPDXID: SPDXRef-33e04341-fdf9-449b-983a-6218c4174cf9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-value-key.former-loader-error.code
SPDXID: SPDXRef-fe154704-f926-45e9-a01e-a5f8ac0657e6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-value-key.former-loader-error.data
SPDXID: SPDXRef-fdc99f8a-cefd-49ca-8d7f-e1f391c80f61
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: duplicate-yaml-directive.loader-error
SPDXID: SPDXRef-95b8583f-63af-4eb6-a09d-c3fa8ca64dea
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emit-block-scalar-in-simple-key-context-bug.canonical
SPDXID: SPDXRef-8616c82f-0f71-4e5e-b12f-4f085c747c8c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emit-block-scalar-in-simple-key-context-bug.data
SPDXID: SPDXRef-e6d48088-4be5-4fa5-89c9-9430b7c2196e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emitting-unacceptable-unicode-character-bug-py3.code
SPDXID: SPDXRef-c1685767-46b3-4e07-8159-c134e25fae88
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emitting-unacceptable-unicode-character-bug-py3.data
SPDXID: SPDXRef-d5b713d7-7176-4347-97f5-21623394926e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emitting-unacceptable-unicode-character-bug-py3.skip-ext
SPDXID: SPDXRef-74ae5da7-cb17-4eca-b23a-3196a343a94b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emitting-unacceptable-unicode-character-bug.code
SPDXID: SPDXRef-0894f594-e39c-48b9-abcd-d692f0b9bf87
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emitting-unacceptable-unicode-character-bug.data
SPDXID: SPDXRef-3522b238-734a-4fbf-b174-689129464856
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emitting-unacceptable-unicode-character-bug.skip-ext
SPDXID: SPDXRef-10f38650-2e10-495f-97d0-8ac1aecd084a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emoticons.unicode
SPDXID: SPDXRef-d1bfe71e-5e33-4543-8d82-d94978e2934c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: emoticons2.unicode
SPDXID: SPDXRef-c96ad6ad-e9ae-4593-90b6-fb1a88af4c76
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-anchor.emitter-error
SPDXID: SPDXRef-7287d085-a371-4d29-95df-9b262c10f4e6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-document-bug.canonical
SPDXID: SPDXRef-f9ad46e9-363d-470a-8998-5f9347694bb5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-document-bug.data
SPDXID: SPDXRef-fc3f0362-74a4-49e6-a067-149d663cfa37
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-document-bug.empty
SPDXID: SPDXRef-d480faf9-be69-4801-9a9b-8f62cd1af97e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-documents.single-loader-error
SPDXID: SPDXRef-a7ee0672-cce6-4f01-9dbf-e26cebce2e98
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-python-module.loader-error
SPDXID: SPDXRef-52f26d65-b23b-4f7d-8c84-e1c7415a8beb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-python-name.loader-error
SPDXID: SPDXRef-5fabcc3a-6329-4f70-8593-1acd09701465
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-tag-handle.emitter-error
SPDXID: SPDXRef-8c554b93-1e3e-42f0-9e35-478db0cf18a6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-tag-prefix.emitter-error
SPDXID: SPDXRef-b3bd9493-617c-4805-93fd-bf5c8547928d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: empty-tag.emitter-error
SPDXID: SPDXRef-e7ab8077-9e0b-4022-8cf4-b638ecc46a45
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: expected-document-end.emitter-error
SPDXID: SPDXRef-3328ca0b-08c9-48d0-bcd7-308e2db78413
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: expected-document-start.emitter-error
SPDXID: SPDXRef-e1e6cdc3-8215-4a96-b41a-21ac50db27f8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: expected-mapping.loader-error
SPDXID: SPDXRef-86ec4f1b-c9e4-41a0-9a93-492a691cf60f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: expected-node-1.emitter-error
SPDXID: SPDXRef-5812d2df-80e4-4257-a44c-c0b866b0a8e2
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: expected-node-2.emitter-error
SPDXID: SPDXRef-040fca89-cc1f-465f-9f8b-12118f7c03ee
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: expected-nothing.emitter-error
SPDXID: SPDXRef-6e16c655-6dfe-47ff-bafb-b666593f518e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: expected-scalar.loader-error
SPDXID: SPDXRef-6adbd0b4-05e8-48d1-a9a2-90b3c5fe56fd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: expected-sequence.loader-error
SPDXID: SPDXRef-99f343be-d7a8-4a80-8c3e-cba3c29edc7c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: expected-stream-start.emitter-error
SPDXID: SPDXRef-55a3af4e-3dfb-46d6-81f3-d88341b60e68
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: explicit-document.single-loader-error
SPDXID: SPDXRef-583998cd-f84d-47da-9132-07d576cfc329
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: fetch-complex-value-bug.loader-error
SPDXID: SPDXRef-e7bfc036-1660-404c-80d0-fd886d9969f4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: float-representer-2.3-bug.code
SPDXID: SPDXRef-82a453d1-4f64-4b91-8018-a57884d3479f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: float-representer-2.3-bug.data
SPDXID: SPDXRef-2cd664b1-7eb1-4327-ac64-4a62c4eae57a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: float.data
SPDXID: SPDXRef-cd7cbbf6-d1b6-4a79-841b-500890d237a8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: float.detect
SPDXID: SPDXRef-fdab5f9f-1d10-440f-9d58-93b1c5eff65f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: forbidden-entry.loader-error
SPDXID: SPDXRef-b18eae4a-bd58-4e0c-888b-4a0bc083c07b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: forbidden-key.loader-error
SPDXID: SPDXRef-c147d3ee-7125-41d0-8a76-724dd278f42f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: forbidden-value.loader-error
SPDXID: SPDXRef-9f2b9265-6fb8-4bad-a6bf-ea2d4d1c58b7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: implicit-document.single-loader-error
SPDXID: SPDXRef-8e157ce1-a3f7-4a9c-9be2-1a243240e825
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: int.data
SPDXID: SPDXRef-bd5623aa-8ce1-44e0-afc3-9fd57db57781
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: int.detect
SPDXID: SPDXRef-8e7f2c01-10f9-4992-b415-a62145bdace1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-anchor-1.loader-error
SPDXID: SPDXRef-27d201bd-8366-4cc8-99d0-4bded5a99b64
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-anchor-2.loader-error
SPDXID: SPDXRef-51aa95ca-d49a-4ca5-8fa1-f5906d7fd64d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-anchor.emitter-error
SPDXID: SPDXRef-44be708e-d53b-4f9a-8e60-12b0a05a1b9f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-base64-data-2.loader-error
SPDXID: SPDXRef-bd245b6d-d848-43cd-9f52-201ccfe0bd23
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-base64-data.loader-error
SPDXID: SPDXRef-5af1eb4b-1b0a-4646-bdc4-d80d528ef0cf
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-block-scalar-indicator.loader-error
SPDXID: SPDXRef-37e46309-4f14-4e86-90b6-f9ac0ced1691
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-character.loader-error
SPDXID: SPDXRef-2cb25189-5366-4e13-9d5b-5631fa33943a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-character.stream-error
SPDXID: SPDXRef-5d30356e-0fed-4b34-9772-554d4277a73c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-directive-line.loader-error
SPDXID: SPDXRef-da6f3f18-3fa2-4a76-b978-ee23952925b3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-directive-name-1.loader-error
SPDXID: SPDXRef-7fbd3ba8-9a9c-47da-9265-8083660eef79
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-directive-name-2.loader-error
SPDXID: SPDXRef-6ddbe040-2f77-4136-857c-18ce68a7ea46
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-escape-character.loader-error
SPDXID: SPDXRef-6f0e9cff-2766-4259-86ef-fab324528c11
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-escape-numbers.loader-error
SPDXID: SPDXRef-cc05b065-7e1d-4438-8829-6da77a708152
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-indentation-indicator-1.loader-error
SPDXID: SPDXRef-3de58e5d-2ef6-4c5d-adb9-676f19a42133
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-indentation-indicator-2.loader-error
SPDXID: SPDXRef-b6fc5bd4-094f-43aa-8078-0077873b683b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-item-without-trailing-break.loader-error
SPDXID: SPDXRef-3a854ab7-603c-4fde-bdca-6a1e13c152ce
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-merge-1.loader-error
SPDXID: SPDXRef-d4f9c8b9-0437-4f70-a1a2-4be29b0661fc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-merge-2.loader-error
SPDXID: SPDXRef-3ce4bcdb-0626-42a3-a364-3729b9eca0cc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-omap-1.loader-error
SPDXID: SPDXRef-e8eddc42-64b7-4912-9b58-deb5fa7e08f1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-omap-2.loader-error
SPDXID: SPDXRef-94641e44-1a49-45a6-8c58-7993891e51bb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-omap-3.loader-error
SPDXID: SPDXRef-2d92668c-5cc8-4388-8250-2f353525702a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-pairs-1.loader-error
SPDXID: SPDXRef-037d8e75-2d74-4e72-8bbc-b70dccb5093a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-pairs-2.loader-error
SPDXID: SPDXRef-c208df65-393d-4255-b68f-3e3bc0f9c6ba
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-pairs-3.loader-error
SPDXID: SPDXRef-82ea7027-76d0-4e94-a09d-6662e4deea33
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-python-bytes-2-py3.loader-error
SPDXID: SPDXRef-ef686fa8-e015-4a62-8c96-225b6b66a3b0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-python-bytes-py3.loader-error
SPDXID: SPDXRef-6562475a-978d-4620-b1b8-a537bed96b37
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-python-module-kind.loader-error
SPDXID: SPDXRef-9a5dd54c-f5ce-4d83-b391-f122f5ec06cd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-python-module-value.loader-error
SPDXID: SPDXRef-efe0fd3a-5dc1-4358-8207-999aa48491ee
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-python-module.loader-error
SPDXID: SPDXRef-97cc0bf6-50f1-43fd-888c-2f9d0e2eeba5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-python-name-kind.loader-error
SPDXID: SPDXRef-0f0484d5-399e-4fe3-b5c0-718c035e72d5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-python-name-module.loader-error
SPDXID: SPDXRef-6c3871b9-92b1-45f1-9d81-85744cefbc77
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-python-name-object.loader-error
SPDXID: SPDXRef-46ee512b-eed4-4885-bfa4-a82de4210250
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-python-name-value.loader-error
SPDXID: SPDXRef-d5ddc7c9-a51e-44bc-9d41-f7711a5d3871
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-simple-key.loader-error
SPDXID: SPDXRef-0ebca45a-8abf-4fbd-b403-45e3b3b891b6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-single-quote-bug.code
SPDXID: SPDXRef-88ec75d8-c335-4649-a0e5-8fa8f1f72b03
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-single-quote-bug.data
SPDXID: SPDXRef-99045ee3-d08b-4257-a7c3-e20b9b3f7980
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-starting-character.loader-error
SPDXID: SPDXRef-a95d6e17-3958-46fc-baaa-20e490053ed9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-tag-1.loader-error
SPDXID: SPDXRef-8d7d8a02-e4df-469b-a81d-9d4cf5e0d62e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-tag-2.loader-error
SPDXID: SPDXRef-4e8c8a84-943e-4618-a802-ea7395f5f1f0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-tag-directive-handle.loader-error
SPDXID: SPDXRef-8ff171eb-0c4c-451f-8fd6-df4569c1e8cd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-tag-directive-prefix.loader-error
SPDXID: SPDXRef-b7079b8b-699b-4b32-a447-86c5b6991cc8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-tag-handle-1.emitter-error
SPDXID: SPDXRef-1b535e90-b18a-493c-9da6-b386df20d48f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-tag-handle-1.loader-error
SPDXID: SPDXRef-d714f4e9-b45c-490a-b877-9e55fc068775
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-tag-handle-2.emitter-error
SPDXID: SPDXRef-09d55a50-25ef-49ab-8503-77f11599aa15
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-tag-handle-2.loader-error
SPDXID: SPDXRef-3601bb60-525b-4da2-bf77-921aeaad2fdb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-uri-escapes-1.loader-error
SPDXID: SPDXRef-99a21abb-4519-4fc3-8a8c-ebd075a32af6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-uri-escapes-2.loader-error
SPDXID: SPDXRef-3f8c2100-34da-4ddc-a84c-58277cea7931
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-uri-escapes-3.loader-error
SPDXID: SPDXRef-096ffb30-badc-4bc4-acfb-e8b0da5f0b45
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-uri.loader-error
SPDXID: SPDXRef-98827e5c-ef7a-432c-b03a-08b5077e1da8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-utf8-byte.loader-error
SPDXID: SPDXRef-78b052ab-e52d-4efe-9133-ba9c52634b2f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-utf8-byte.stream-error
SPDXID: SPDXRef-46ffa36c-9af0-4797-bf64-a690c496cf57
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-yaml-directive-version-1.loader-error
SPDXID: SPDXRef-8e0bd516-05a4-4617-8e61-fd2adc6640c7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-yaml-directive-version-2.loader-error
SPDXID: SPDXRef-5a3b8842-2fe5-429f-a3cf-4c26f6269d64
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-yaml-directive-version-3.loader-error
SPDXID: SPDXRef-fffbcc8e-f2da-46b4-9d35-af1741107617
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-yaml-directive-version-4.loader-error
SPDXID: SPDXRef-cc89f857-57e9-49fb-abf2-c9130571ee2a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-yaml-directive-version-5.loader-error
SPDXID: SPDXRef-3aa6d59b-8172-4417-8930-7eeb43fe084f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-yaml-directive-version-6.loader-error
SPDXID: SPDXRef-0e61e331-b1f4-468e-91ae-dbc63f196086
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: invalid-yaml-version.loader-error
SPDXID: SPDXRef-aaf0c197-54b9-4545-898c-0d4afd68a0ff
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: latin.unicode
SPDXID: SPDXRef-251e4699-1bee-45bd-8800-eef32ab2bfdb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: mapping.sort
SPDXID: SPDXRef-88a17711-0fa1-4f3f-aca9-774683ed2193
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: mapping.sorted
SPDXID: SPDXRef-b1c47c62-be0a-4054-8c2c-e91a17ef779d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: mappings.events
SPDXID: SPDXRef-ce1f89d4-5d0d-4918-949b-88da19aa6dfa
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: merge.data
SPDXID: SPDXRef-cfea12f8-5e2e-4912-9914-747ad06c818f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: merge.detect
SPDXID: SPDXRef-aefca6d2-ac61-4f38-bfb9-19edc3323a64
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: more-floats.code
SPDXID: SPDXRef-ae9bf6ef-5374-4900-991f-b0bcf94b1c1d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: more-floats.data
SPDXID: SPDXRef-bf104e07-3517-4b90-9774-ccecdc9fc78f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: multi-constructor.code
SPDXID: SPDXRef-850351d0-aaff-4623-bed9-103564cf70ec
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: multi-constructor.multi
SPDXID: SPDXRef-23bb2432-2940-480f-82bd-c82ee62da142
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: myfullloader.subclass_blacklist
SPDXID: SPDXRef-63c6bcee-8d1f-48d9-b5a9-9606a126df94
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: negative-float-bug.code
SPDXID: SPDXRef-e83d7e7e-1686-41ba-b81f-2deff20054d6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: negative-float-bug.data
SPDXID: SPDXRef-d5b740c9-505f-4be6-9038-86c4f8c93e7d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-alias-anchor.emitter-error
SPDXID: SPDXRef-e72cd686-ef9c-4871-8171-1da837ac837a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-alias-anchor.skip-ext
SPDXID: SPDXRef-86e01844-789c-4ee8-8d95-d720175538a2
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-block-collection-end.loader-error
SPDXID: SPDXRef-8706a5c9-e356-4592-a8a2-2f1cb77661fc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-block-mapping-end-2.loader-error
SPDXID: SPDXRef-dcbc4056-a1bb-4381-924c-9d62f758b637
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-block-mapping-end.loader-error
SPDXID: SPDXRef-97889ff9-198c-4f8a-bba8-c86100a72859
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-document-start.loader-error
SPDXID: SPDXRef-d96c62ce-579d-4768-87f6-cf8358643f60
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-flow-mapping-end.loader-error
SPDXID: SPDXRef-fecffd99-cdd4-4d58-95bb-f76c782d35f8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-flow-sequence-end.loader-error
SPDXID: SPDXRef-032c1e63-67ba-4ca2-840a-aa4614d303dc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-node-1.loader-error
SPDXID: SPDXRef-06451492-c9e3-4533-bb38-2ae3564dc039
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-node-2.loader-error
SPDXID: SPDXRef-0afd1139-4cf3-48b6-bd38-f8b97526c3fe
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: no-tag.emitter-error
SPDXID: SPDXRef-83e9e749-f033-447e-a8df-e09183a179a8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: null.data
SPDXID: SPDXRef-64bb8978-7253-4019-b0c7-6664a54643ac
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: null.detect
SPDXID: SPDXRef-9abe46df-b1a8-42db-8697-d244ca03d624
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: odd-utf16.stream-error
SPDXID: SPDXRef-0b6abf4a-36dc-4b45-bf1c-87d358ec4e59
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: overwrite-state-new-constructor.loader-error
SPDXID: SPDXRef-dfc2d2dd-4121-452a-bc8b-4960218039d0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: recursive-anchor.former-loader-error
SPDXID: SPDXRef-f55ae03a-c238-435e-8b4a-f8436302e5dc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: recursive-dict.recursive
SPDXID: SPDXRef-2ec89d1e-8bd8-4ab6-93fb-9b791412ccb3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: recursive-list.recursive
SPDXID: SPDXRef-ab98e746-622e-4ca2-843b-c1581ebfe40c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: recursive-set.recursive
SPDXID: SPDXRef-cd56c22c-73ae-4da3-b16d-5f005d09c027
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: recursive-state.recursive
SPDXID: SPDXRef-d7ce3a45-d73c-40c8-acda-439e9ea216ce
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: recursive-tuple.recursive
SPDXID: SPDXRef-78b984bf-8e79-4246-8543-c530b8126202
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: recursive.former-dumper-error
SPDXID: SPDXRef-dd5a907c-bf0c-45fd-9ce5-02aeca2abd94
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: remove-possible-simple-key-bug.loader-error
SPDXID: SPDXRef-fb4ae13b-f57e-4e4b-aaae-713e656ac488
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: resolver.data
SPDXID: SPDXRef-fe56ce58-2f6f-4f00-bb18-cf6ce1556ba2
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: resolver.path
SPDXID: SPDXRef-1255c42b-f867-4e07-9d7a-25b2a3d4f706
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: run-parser-crash-bug.data
SPDXID: SPDXRef-c8260974-d916-4c33-a4df-e4c94178f783
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: scalars.events
SPDXID: SPDXRef-668d7f84-d261-4517-86bd-6e4889bb862d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: scan-document-end-bug.canonical
SPDXID: SPDXRef-3f97e2d4-0a2a-40b8-83af-5bb362f625ac
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: scan-document-end-bug.data
SPDXID: SPDXRef-bb25186f-f140-4c05-88d7-bda42ac28754
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: scan-line-break-bug.canonical
SPDXID: SPDXRef-49125a65-dbf9-4895-867a-da816e0fe549
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: scan-line-break-bug.data
SPDXID: SPDXRef-82468677-3582-41e9-85bd-4b068913b3f5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: sequences.events
SPDXID: SPDXRef-78fb90ec-452e-4352-ba09-8b4458932eee
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: serializer-is-already-opened.dumper-error
SPDXID: SPDXRef-a201cef9-5f18-4dc9-af8d-62db828b1277
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: serializer-is-closed-1.dumper-error
SPDXID: SPDXRef-09515d15-02c8-4b81-bce4-3743754550e3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: serializer-is-closed-2.dumper-error
SPDXID: SPDXRef-b9dc9862-84e5-4cbd-adee-923fc817d81a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: serializer-is-not-opened-1.dumper-error
SPDXID: SPDXRef-86ecb9a7-1b51-4acb-9f01-83f1a54284f5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: serializer-is-not-opened-2.dumper-error
SPDXID: SPDXRef-5d01b4cd-204d-4fb5-893e-cb493ab7a94f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: single-dot-is-not-float-bug.code
SPDXID: SPDXRef-07bda395-0196-45ed-8815-2b0a6c0c5be2
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: single-dot-is-not-float-bug.data
SPDXID: SPDXRef-132408c9-cbe2-4d90-be34-bf22aafffe19
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: sloppy-indentation.canonical
SPDXID: SPDXRef-7a9db1de-a9f2-43bc-8857-b81486d2ea60
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: sloppy-indentation.data
SPDXID: SPDXRef-2d807d69-9fbd-40a0-b543-1c815b784215
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-01.data
SPDXID: SPDXRef-6ca3c186-56a4-45b7-89b4-dd842636166c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-01.structure
SPDXID: SPDXRef-16b68896-4de2-4e05-8f2c-4f81592dbde8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-01.tokens
SPDXID: SPDXRef-8720428e-0f44-4141-bcc6-a6971cc39bca
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-02.data
SPDXID: SPDXRef-f2fe4302-a640-4459-a4d3-16d551cbabb5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-02.structure
SPDXID: SPDXRef-3be20fb4-b86f-4be9-86fb-374e4d5703e1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-02.tokens
SPDXID: SPDXRef-64005a60-4693-4e00-bfae-05dfcba95e50
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-03.data
SPDXID: SPDXRef-d386f462-fe66-4b64-9201-d4e7a634aca3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-03.structure
SPDXID: SPDXRef-94fc98de-1fcc-40fa-a8a9-94abc857a2e3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-03.tokens
SPDXID: SPDXRef-02bc4258-b2e8-49ef-a7eb-19abe4447017
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-04.data
SPDXID: SPDXRef-b8693bfa-abf2-4f54-8127-c1a9d2a5072a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-04.structure
SPDXID: SPDXRef-713e51b3-aed9-4ef5-a42f-c543ebdac41f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-04.tokens
SPDXID: SPDXRef-770c11a2-b036-4d0b-811a-95dbb328ebdb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-05.data
SPDXID: SPDXRef-af0c1032-f426-4a73-ad9e-71175b65b751
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-05.structure
SPDXID: SPDXRef-50acc541-5cb2-4e47-957a-46cfa568533a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-05.tokens
SPDXID: SPDXRef-77ad180f-1c6a-4a43-95b4-dbce61d4de6e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-06.data
SPDXID: SPDXRef-654ed150-d1e3-4b16-ba47-32d15afaa532
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-06.structure
SPDXID: SPDXRef-1d4b50f2-93ac-4db0-8f0b-3cb4c64226c8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-06.tokens
SPDXID: SPDXRef-1b1a61cd-f811-4b86-bc16-d05e2c363ffe
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-07.data
SPDXID: SPDXRef-069af4fa-3ab6-46a8-b79a-b82de3772a78
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-07.structure
SPDXID: SPDXRef-fd5100f1-7eb8-44b4-92a7-9278fe576f66
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-07.tokens
SPDXID: SPDXRef-4e7a63a8-d4f0-42e3-99ff-bb2e0acf0a24
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-08.data
SPDXID: SPDXRef-62e0432a-0400-49fa-ae0d-f759909856a8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-08.structure
SPDXID: SPDXRef-20185e3f-ccf3-46cb-b488-324a4aca3682
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-08.tokens
SPDXID: SPDXRef-f6565695-2699-47df-9bc1-3c01a4559388
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-09.data
SPDXID: SPDXRef-048153b0-ae7c-4f83-923b-569f1796b3e9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-09.structure
SPDXID: SPDXRef-1e8f8005-abf1-4203-bb3f-85bf010c6f85
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-09.tokens
SPDXID: SPDXRef-41dfec83-83a7-4585-bc20-43ac7f396681
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-10.data
SPDXID: SPDXRef-f70cf311-7f6c-4982-96fe-ffe26a43f6ce
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-10.structure
SPDXID: SPDXRef-6a8c5daf-49b2-4c06-8685-609b9fbf0c3a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-10.tokens
SPDXID: SPDXRef-379aca82-d680-475d-b72d-cd2773faebcc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-11.data
SPDXID: SPDXRef-8ed0c9ef-1cfb-424b-b764-98aa252de9d0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-11.structure
SPDXID: SPDXRef-b13801ea-64a3-4718-9b8c-6ca1f9395f19
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-11.tokens
SPDXID: SPDXRef-7397af22-4e6c-4e5e-8926-5ba70f73f3ab
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-12.data
SPDXID: SPDXRef-d7902553-d64f-4b31-aa87-57ce0166af72
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-12.structure
SPDXID: SPDXRef-5627e154-a81b-465f-9b04-baf9b7baa2fa
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-12.tokens
SPDXID: SPDXRef-1dc136c3-016b-4c6f-974d-8f7df7b298c6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-13.data
SPDXID: SPDXRef-3eaebab1-2466-4254-8afe-a64c6920e0ea
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-13.structure
SPDXID: SPDXRef-00c9de94-f899-4deb-8b62-85806eaf4e30
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-13.tokens
SPDXID: SPDXRef-6145e779-7dfb-48d8-bcad-e170d4dec646
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-14.data
SPDXID: SPDXRef-e15c9c6a-8eb3-42e3-b9b9-1da57174a0df
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-14.structure
SPDXID: SPDXRef-c59a8db9-aa5f-4595-89df-fd8232f08d04
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-14.tokens
SPDXID: SPDXRef-6d423aea-79d3-41b5-a914-08d6adfa4888
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-15.data
SPDXID: SPDXRef-716f38d8-6ccf-410c-b9bb-b7ed60cddaac
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-15.structure
SPDXID: SPDXRef-0f54e643-576b-40e5-8078-6bc491b5e186
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-15.tokens
SPDXID: SPDXRef-a422ba02-8bde-4cc5-af6d-3ceff38a50d0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-16.data
SPDXID: SPDXRef-6da2d9d0-4d40-4ea1-b98f-f21391840d0c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-16.structure
SPDXID: SPDXRef-ac5f2841-db80-4be8-8f91-18f5ec5f1a58
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-16.tokens
SPDXID: SPDXRef-3073707b-fbc6-48d5-9dfb-3a3a4d30f7b1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-17.data
SPDXID: SPDXRef-efd1875d-ef79-4618-9225-7ab1625f6679
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-17.structure
SPDXID: SPDXRef-a8265259-9b08-4bff-bafa-335c4424e130
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-17.tokens
SPDXID: SPDXRef-0d9d5650-27a9-435d-b7c0-775f3f0dd60e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-18.data
SPDXID: SPDXRef-054d4c6a-f227-4fb1-b62e-6e881e19720d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-18.structure
SPDXID: SPDXRef-1f41f233-cdcf-4d88-a270-7f5aa145cfdf
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-18.tokens
SPDXID: SPDXRef-7b78b03b-f9d7-4b83-97da-65f20b098b1f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-19.data
SPDXID: SPDXRef-35bdcb84-c265-42dc-96b7-abf16daaeeb7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-19.structure
SPDXID: SPDXRef-c8c60a89-6600-4d3a-ab48-d6fead995cc4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-19.tokens
SPDXID: SPDXRef-aeb4b91c-5f22-4f7e-a72e-b882cfaf31f1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-20.data
SPDXID: SPDXRef-a03a8d18-d778-45db-a9b5-89e56d531781
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-20.structure
SPDXID: SPDXRef-d0052e33-0f52-4883-a7c4-a82166e67c7f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-20.tokens
SPDXID: SPDXRef-e248197e-1f31-44ae-9622-a159d94e6141
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-21.data
SPDXID: SPDXRef-002c52ee-a0b4-4159-8c30-f5e7db5d6b4d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-21.structure
SPDXID: SPDXRef-bade5d87-b1e4-4b7a-96bb-9af9c45584f3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-21.tokens
SPDXID: SPDXRef-1ff70d67-f35a-46fa-b615-a1c8bc9e0dec
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-22.data
SPDXID: SPDXRef-47f29cb9-2bf8-438d-bd8b-8a9183b0e53b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-22.structure
SPDXID: SPDXRef-4bbb7354-e667-495a-acbe-35ef34a9d509
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-22.tokens
SPDXID: SPDXRef-4bd9c66e-e3dc-456f-9196-31943be76cef
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-23.data
SPDXID: SPDXRef-eab5c57e-af40-43d5-acb8-b2e6c63e7ce5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-23.structure
SPDXID: SPDXRef-6b4f84fc-7d9d-42fd-95b5-f48cdad7ca03
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-23.tokens
SPDXID: SPDXRef-3098167d-7a17-4af7-81f9-79e787f96274
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-24.data
SPDXID: SPDXRef-0eaf2842-5f33-4745-8fd7-ce846704df6c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-24.structure
SPDXID: SPDXRef-5e3dd5a9-ec5a-4630-b016-45f14deb173f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-24.tokens
SPDXID: SPDXRef-3baf1111-1efa-42ab-a490-b1384b85d718
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-25.data
SPDXID: SPDXRef-d1e92cfd-01ea-40f1-b98a-db1423e4a579
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-25.structure
SPDXID: SPDXRef-bf4fc816-bf98-4577-8496-0f4f8ee8e84c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-25.tokens
SPDXID: SPDXRef-cf1aa044-dda3-4b9d-9234-85a1dc0b782c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-26.data
SPDXID: SPDXRef-56acd36d-4b77-45e9-ba61-818a9d14b2f5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-26.structure
SPDXID: SPDXRef-ef4b3bf3-f343-4c48-b1a5-eb117b7d937b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-26.tokens
SPDXID: SPDXRef-b1bada79-03c6-46f6-a01d-a806dc9b1515
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-27.data
SPDXID: SPDXRef-6d8f1da7-73ae-4b74-b32e-5be3efdf893f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-27.structure
SPDXID: SPDXRef-7369282b-5559-4f62-b4c6-2e94010dee1c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-27.tokens
SPDXID: SPDXRef-c32a34ed-2ae5-4942-b4ce-00314b1538ba
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-28.data
SPDXID: SPDXRef-29b3f523-2c5c-4e0b-80ac-3873ba332d4e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-28.structure
SPDXID: SPDXRef-b6f1b36a-63d2-4f5c-acfa-54b01e140aac
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-02-28.tokens
SPDXID: SPDXRef-4b0779d7-5f78-4d75-8737-ce79be23285e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-01-utf16be.data
SPDXID: SPDXRef-621eda54-bbba-4fd7-9c60-7a314d4ea4d4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-01-utf16be.empty
SPDXID: SPDXRef-5b38abb9-557f-43d0-b4e7-c22f7b2c24eb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-01-utf16le.data
SPDXID: SPDXRef-bf12a01d-76f7-4890-a183-e059466ab68d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-01-utf16le.empty
SPDXID: SPDXRef-e015dbd6-e6b9-491f-8c01-31e7f06711dc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-01-utf8.data
SPDXID: SPDXRef-f558d94e-c87b-4449-87fa-5ded55f7f893
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-01-utf8.empty
SPDXID: SPDXRef-bead7dcf-886d-4a8c-af2e-45e58d328a7a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-02-utf16be.data
SPDXID: SPDXRef-12e640e3-ac0a-4236-b650-23c2aa17dec9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-02-utf16be.error
SPDXID: SPDXRef-8449b396-583d-45b6-bd01-25882713a254
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-02-utf16le.data
SPDXID: SPDXRef-2293d2a3-00f0-4dec-9459-e80d9e005806
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-02-utf16le.error
SPDXID: SPDXRef-9ec8533c-7856-4c03-ac8c-40e28957b3e5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-02-utf8.data
SPDXID: SPDXRef-0720eaa1-494e-49d7-8653-de159910110c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-02-utf8.error
SPDXID: SPDXRef-e53709c6-8414-4f75-b985-f34cc16ab8ec
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-03.canonical
SPDXID: SPDXRef-60b424c3-24ef-4bab-ab2b-7a8f1df6b3cd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-03.data
SPDXID: SPDXRef-eeeda13b-223c-4d44-a1a4-cc5435f2fa85
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-04.canonical
SPDXID: SPDXRef-41ddbb9e-d4c8-4411-8ccc-d708aeb08382
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-04.data
SPDXID: SPDXRef-1a4cdb45-1f35-4579-aade-182d3ff34a74
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-05.data
SPDXID: SPDXRef-35e554e6-bb13-40c6-8e75-5609db7f38b9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-05.empty
SPDXID: SPDXRef-0d9df0f0-4992-4d54-8e9f-a9524e7ae41c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-06.canonical
SPDXID: SPDXRef-53c159e5-746b-45e2-a936-c1e3dfa5ce3d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-06.data
SPDXID: SPDXRef-1dff54cc-0e7e-4093-a22f-66fe512641f7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-07.canonical
SPDXID: SPDXRef-54b14cf8-b33d-4735-be0f-6da88d6c7cba
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-07.data
SPDXID: SPDXRef-6a0868b1-f911-457c-8adf-05a56b24f975
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-08.canonical
SPDXID: SPDXRef-a9ab5e6d-3129-4ef1-b9f5-8bc679126955
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-08.data
SPDXID: SPDXRef-ef55c6ea-b85c-4f45-a336-b12f894838c0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-09.canonical
SPDXID: SPDXRef-dce9a387-06f0-46aa-a0b1-4de3b6dcc1e5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-09.data
SPDXID: SPDXRef-1ce19f10-1f49-4944-bd24-aae641b9f72d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-10.data
SPDXID: SPDXRef-bcc1cc0f-03d7-4998-b3d8-ca5bf6e28765
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-10.error
SPDXID: SPDXRef-c5af3050-6a91-4023-8504-14eef8a3429d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-11.canonical
SPDXID: SPDXRef-cf58f4a8-9029-4382-82ed-bc2be81f0dcd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-11.data
SPDXID: SPDXRef-7b62e203-5e59-48d7-8062-78702fd51953
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-12.data
SPDXID: SPDXRef-8edaf511-2928-434b-ba52-5864d06b3d59
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-12.error
SPDXID: SPDXRef-5a16b183-6ccf-466a-a441-4f431a0017c8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-13.canonical
SPDXID: SPDXRef-444de964-7ae9-494a-ba6f-303c71215081
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-13.data
SPDXID: SPDXRef-69ce3f6f-58a4-480e-a2b0-a34de67158ab
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-14.canonical
SPDXID: SPDXRef-de1737fd-3362-4f3b-8439-d9b28f3075d7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-14.data
SPDXID: SPDXRef-3c32dd1e-8407-437d-b381-1bf05c5fa173
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-15.data
SPDXID: SPDXRef-bbb83155-f87a-4fdb-835f-ec01dc7754c4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-05-15.error
SPDXID: SPDXRef-3e2dbfbb-121a-4366-a5df-e16b2e570014
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-01.canonical
SPDXID: SPDXRef-364451c0-a713-4ab5-b768-192647f31c9b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-01.data
SPDXID: SPDXRef-9123f596-f4c4-4003-9647-d553027b4091
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-02.data
SPDXID: SPDXRef-bff0a46a-d259-4289-81cd-3fbb9dcbab4d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-02.empty
SPDXID: SPDXRef-f55ee82b-3fb0-4cb1-8b62-fc55e5815841
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-03.canonical
SPDXID: SPDXRef-dd0c9f24-647f-4ad5-9ea3-fd99e2c626c9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-03.data
SPDXID: SPDXRef-0c5598ef-5b8f-4f79-91f0-cec510ff8d05
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-04.canonical
SPDXID: SPDXRef-ea53f51c-c9fa-4307-bc96-b3065aff56b1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-04.data
SPDXID: SPDXRef-4c61c47b-97f4-4a9a-9f1a-97e3c015cb76
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-05.canonical
SPDXID: SPDXRef-a1ab251d-87ed-470b-bc12-807f4321597f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-05.data
SPDXID: SPDXRef-b9c57ed4-4916-4ab1-bc63-e25f315c9b91
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-06.canonical
SPDXID: SPDXRef-6a8b6d21-7827-4610-8b55-a0564024e933
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-06.data
SPDXID: SPDXRef-0cb7e4f8-cf91-4e4f-bef2-e5f099b572ac
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-07.canonical
SPDXID: SPDXRef-2400a282-d2a4-4184-83d0-26162d1ed7af
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-07.data
SPDXID: SPDXRef-3954d767-55cb-4d46-adc6-f55dc0d59c83
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-08.canonical
SPDXID: SPDXRef-b6c6e72d-8f84-4259-9e28-10ae2c159e58
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-06-08.data
SPDXID: SPDXRef-c86d9c76-a535-41e1-99ca-725218c590bd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-01.canonical
SPDXID: SPDXRef-0b683b01-a8a2-4352-bf9f-9800449cef78
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-01.data
SPDXID: SPDXRef-04b6a510-8ab4-4b02-8ae8-423c2947173d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-01.skip-ext
SPDXID: SPDXRef-2b9a189d-3565-492a-bf6c-201859502a15
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-02.canonical
SPDXID: SPDXRef-df995ee1-fe1f-454f-9449-567912dde239
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-02.data
SPDXID: SPDXRef-289d02c6-59a0-44fd-b07b-23d85fe59c9e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-02.skip-ext
SPDXID: SPDXRef-96708d9e-7f15-41e1-9614-8f9835bcb273
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-03.data
SPDXID: SPDXRef-6a920da9-02fd-4d5b-aa6b-54bf76bd43da
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-03.error
SPDXID: SPDXRef-af0dc2fe-01d5-41f5-bf85-b66a305f8a7e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-04.canonical
SPDXID: SPDXRef-7fdf7486-7664-4563-a415-17b5cdbab103
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-04.data
SPDXID: SPDXRef-f3cd3b15-2bb6-45b5-a402-214237442679
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-05.data
SPDXID: SPDXRef-affde3a0-38aa-4e9c-8237-cabb640f289a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-05.error
SPDXID: SPDXRef-9928a4d7-8c6d-40ea-84c6-6c3a2adf3fc2
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-06.canonical
SPDXID: SPDXRef-b32d5950-4faa-4858-bd1c-0759dc95f0ce
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-06.data
SPDXID: SPDXRef-3dff93d9-0ae1-4968-bf46-bd4c30a6511b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-07a.canonical
SPDXID: SPDXRef-dc5f8b89-3628-4247-ade8-d6e7d2051c36
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-07a.data
SPDXID: SPDXRef-9b17ad92-f567-4041-8ecd-e5a9c01dbf6e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-07b.canonical
SPDXID: SPDXRef-40537651-2c02-4374-80ac-83afe7bab039
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-07b.data
SPDXID: SPDXRef-2c24d56c-5389-45b2-b581-69242b360d0f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-08.canonical
SPDXID: SPDXRef-690908c9-da55-4333-ad56-2e0c4df99a76
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-08.data
SPDXID: SPDXRef-6fa24fea-cd32-49e3-a7f2-5578a1dee85a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-09.canonical
SPDXID: SPDXRef-770fcf76-c606-471b-9cc7-495700bfa73f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-09.data
SPDXID: SPDXRef-9fd0aab6-443e-4b75-8b7b-10a3c0ff2101
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-10.canonical
SPDXID: SPDXRef-3decd458-2bc2-4168-8339-0fe9ebcfc76b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-10.data
SPDXID: SPDXRef-b2b693a9-cfc0-47af-925c-7c0109902df6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-11.data
SPDXID: SPDXRef-687dbe85-90e3-4624-bff1-69ccc52b4ec7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-11.empty
SPDXID: SPDXRef-a3bddbcd-3fdb-4870-bca2-47dead924a91
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-12a.canonical
SPDXID: SPDXRef-a0a43156-4111-4169-949c-e44e47e5dcc5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-12a.data
SPDXID: SPDXRef-66ba8a35-9b40-41a2-b19d-27b9b1e1fd28
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-12b.canonical
SPDXID: SPDXRef-7b4926aa-332e-4e33-aed3-d47ee22f180a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-12b.data
SPDXID: SPDXRef-86abf387-9dad-4c35-bcd6-1dbceac5fc6d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-13.canonical
SPDXID: SPDXRef-79b9a907-c24f-4130-a583-3ed5235eec35
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-07-13.data
SPDXID: SPDXRef-1967cb52-dee7-4e1a-9f7b-a7b390aa541c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-01.canonical
SPDXID: SPDXRef-9fa21863-df92-458c-90dc-4f931297888e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-01.data
SPDXID: SPDXRef-c4e6fab3-42cb-4cad-8bd3-e291712a4178
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-02.canonical
SPDXID: SPDXRef-77258cd3-06e8-47ae-90fa-6746d5fa49fb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-02.data
SPDXID: SPDXRef-7b56ad2d-3ebd-45df-902a-45333c0d3ee6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-03.canonical
SPDXID: SPDXRef-97b698f4-e8ce-44aa-a456-5c0a701a22a5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-03.data
SPDXID: SPDXRef-cd4601da-fcb8-4cff-a627-ced53a4a3238
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-04.data
SPDXID: SPDXRef-7462aa4a-e810-48f0-8bdb-586cf62af15e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-04.error
SPDXID: SPDXRef-9fccdcb9-7ec4-4b0b-946f-59671256eff8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-05.canonical
SPDXID: SPDXRef-e9f3a236-5f1f-4406-ba3e-3fd182b2f824
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-05.data
SPDXID: SPDXRef-61c7814c-5367-4b1b-abaa-a46766ce0f09
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-06.data
SPDXID: SPDXRef-fcb9dd88-0e62-4498-80e6-ca45a3ab9d03
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-06.error
SPDXID: SPDXRef-2aff47ad-92e8-4136-b114-83f479c2caa5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-07.canonical
SPDXID: SPDXRef-1858b8d4-6e8e-490c-a2eb-25e850799a6d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-07.data
SPDXID: SPDXRef-e0672713-2969-43ab-a98f-0c266b6dec17
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-08.canonical
SPDXID: SPDXRef-9c49ad52-7088-4f67-8e46-3265d8911729
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-08.data
SPDXID: SPDXRef-5abf099a-9690-41c1-989a-5f4621b85585
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-09.canonical
SPDXID: SPDXRef-f422a561-aab5-4f75-9d24-6bda8401dfd6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-09.data
SPDXID: SPDXRef-991ef3b4-a297-40c5-ad95-c2cf63d9c7a9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-10.canonical
SPDXID: SPDXRef-712d3e51-fc08-41ab-ab84-1677b3b7882a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-10.data
SPDXID: SPDXRef-a66844a9-bffa-4315-aee8-d72d89c3380f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-11.canonical
SPDXID: SPDXRef-a52fe79e-ff5a-42e5-98de-cd2009f3d849
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-11.data
SPDXID: SPDXRef-d366a629-d443-4ec4-bdaa-dc1801fb2577
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-12.canonical
SPDXID: SPDXRef-5a3701bf-7d35-41e0-bf57-889abc4c9174
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-12.data
SPDXID: SPDXRef-417c1cd3-29f5-40d6-a3d7-552ead7915be
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-13.canonical
SPDXID: SPDXRef-f14d326d-328a-468c-93b8-43ebb3886649
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-13.data
SPDXID: SPDXRef-28c633b5-0c8b-4ce5-a3d6-0f8a1b47ea3b
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-13.skip-ext
SPDXID: SPDXRef-cb3cad9d-e92f-4e9f-974f-3e0c27b3fc1e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-14.canonical
SPDXID: SPDXRef-7a7aef27-3cd6-4d38-ad77-88147d9bdd1f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-14.data
SPDXID: SPDXRef-a036dc33-a2a5-4681-9069-540f962c54ed
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-15.canonical
SPDXID: SPDXRef-662255b1-8f05-4b56-b9aa-05127515388e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-08-15.data
SPDXID: SPDXRef-22010d22-096d-4c3b-be4d-35a87ae509be
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-01.canonical
SPDXID: SPDXRef-0373db61-bb22-4041-9d78-6aae458104b0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-01.data
SPDXID: SPDXRef-13510126-6f54-48d2-896e-6f9311b6ea4c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-02.canonical
SPDXID: SPDXRef-184677b3-97cd-489b-a6b3-befaa68468cd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-02.data
SPDXID: SPDXRef-92651fb8-50e4-4097-874e-7fb2df019c3e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-03.canonical
SPDXID: SPDXRef-96dea269-0f13-4a46-a285-ffccee7e9d90
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-03.data
SPDXID: SPDXRef-e8cf7bf8-49bd-4be5-8cf9-9cf7bf8a57c8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-04.canonical
SPDXID: SPDXRef-03aeaa92-a997-49c8-8052-6a3f3d34d142
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-04.data
SPDXID: SPDXRef-72431071-be8a-4688-8e92-67a792acd1d9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-05.canonical
SPDXID: SPDXRef-062ceee0-1032-45b2-bb05-3685046afd80
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-05.data
SPDXID: SPDXRef-797236f1-63ff-48dc-bd81-448631b8bb82
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-06.canonical
SPDXID: SPDXRef-733de98d-b06b-420b-8c87-7b7f9ae0049e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-06.data
SPDXID: SPDXRef-f3be5f7d-0a86-40c6-a1a9-b7b1fe3d906d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-07.canonical
SPDXID: SPDXRef-d5ef7f8c-166a-4824-ad4a-d3b317a9ec39
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-07.data
SPDXID: SPDXRef-7c091442-d784-4231-9ca0-e931a7579d32
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-08.canonical
SPDXID: SPDXRef-8d12946c-657f-42eb-9775-3a5631601c1f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-08.data
SPDXID: SPDXRef-33627f3b-d140-4a7e-b9cc-f945afcd14d6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-09.canonical
SPDXID: SPDXRef-636704d9-857d-495b-96dc-55ed6aca9dc9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-09.data
SPDXID: SPDXRef-f298558e-4862-442a-a0d5-042cf09780b6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-10.canonical
SPDXID: SPDXRef-7dbdb4df-ca57-49d0-8c17-a480f92f99b1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-10.data
SPDXID: SPDXRef-1a2449e3-3d03-4390-a039-a810da5043d9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-11.canonical
SPDXID: SPDXRef-12e31c9a-5ae7-43c2-a243-c0c10189d1bb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-11.data
SPDXID: SPDXRef-2f446ba5-e786-435d-87c8-223d288814a5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-12.canonical
SPDXID: SPDXRef-a746a5a0-926f-470f-8283-b11a0ceac591
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-12.data
SPDXID: SPDXRef-7fe63bcd-b451-4136-beaf-3cf2e8b00287
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-13.canonical
SPDXID: SPDXRef-d7f0e565-e42e-4fe6-89e7-c4b75eeac30a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-13.data
SPDXID: SPDXRef-d31cda9a-9129-4493-83aa-1d8956ff5096
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-14.data
SPDXID: SPDXRef-1b107053-920e-4d01-9f53-63a25f588467
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-14.error
SPDXID: SPDXRef-5f49f00c-9907-4303-87e9-296d966b1390
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-15.canonical
SPDXID: SPDXRef-fc70a98e-b1d7-4871-bff4-5abef5a57b67
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-15.data
SPDXID: SPDXRef-51ceb2e4-de97-4e6d-be7e-8b57642c6054
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-16.canonical
SPDXID: SPDXRef-1a74d8d4-a1fc-4b32-90aa-d88aa7bd20b9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-16.data
SPDXID: SPDXRef-16b8261f-6dd6-483c-b8e7-7b1d9229bf95
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-17.canonical
SPDXID: SPDXRef-68bf1476-f09c-418c-b369-21661f2b5904
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-17.data
SPDXID: SPDXRef-193aa7a9-a95b-47b5-9256-638412740cdb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-18.canonical
SPDXID: SPDXRef-b7880816-fa5d-47ff-b7b5-62ec977cfafd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-18.data
SPDXID: SPDXRef-a99b26e3-c9ca-4cef-929e-5dc021db75f0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-19.canonical
SPDXID: SPDXRef-c2f9911a-e52c-4a5f-8558-87e9fd8dad47
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-19.data
SPDXID: SPDXRef-915381b5-23bd-430c-8b4b-8b39b044f046
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-20.canonical
SPDXID: SPDXRef-561c4f39-6088-4f35-8df3-ac2107ea7e50
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-20.data
SPDXID: SPDXRef-c4fe280d-4477-4b72-96c4-65e5d798644d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-20.skip-ext
SPDXID: SPDXRef-52f42f93-383e-4b32-9402-c69a25e04e22
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-21.data
SPDXID: SPDXRef-c4876b62-c5a0-448f-9f4e-bbb01f01ff84
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-21.error
SPDXID: SPDXRef-167edfde-6057-4133-b037-99ff488ec9f5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-22.canonical
SPDXID: SPDXRef-cdf0808f-dece-489a-a713-afe14ff08344
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-22.data
SPDXID: SPDXRef-602a9c1a-dd97-4d9e-812a-5b6fad5cec5e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-23.canonical
SPDXID: SPDXRef-4e86edcc-e04a-4b2c-a61f-a1bab34367d6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-23.data
SPDXID: SPDXRef-9d1ed01e-4dc7-40ef-b0c7-618c81e88825
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-24.canonical
SPDXID: SPDXRef-ed2458a7-13d6-4311-a398-99a938b06e05
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-24.data
SPDXID: SPDXRef-a72eaf9e-d94e-4bab-b199-82fc4bf44e45
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-25.canonical
SPDXID: SPDXRef-55aa00ad-2183-4cd0-a577-1e0ef595ea8d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-25.data
SPDXID: SPDXRef-d1e4b1cd-cb04-4483-88ce-a80c1e900395
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-26.canonical
SPDXID: SPDXRef-33a6eb8d-52cf-4a0a-911f-a912248ea049
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-26.data
SPDXID: SPDXRef-f2dddd84-c58c-4ae3-9726-2e191d8a74cc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-27.canonical
SPDXID: SPDXRef-a68da1bf-8fd8-4c58-b22a-28081c61775d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-27.data
SPDXID: SPDXRef-041bfd87-42ba-4401-821d-8451bd1e65e4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-28.canonical
SPDXID: SPDXRef-555fa3c5-0ed5-43fb-958c-660b2bd9ccf2
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-28.data
SPDXID: SPDXRef-857889e9-95c2-436c-9ade-66617f73cd1f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-29.canonical
SPDXID: SPDXRef-ec7acfbb-f947-4e4c-a78b-739b076c8b23
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-29.data
SPDXID: SPDXRef-7ac00ef6-7572-4c97-96c6-ee2b92bd8cb9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-30.canonical
SPDXID: SPDXRef-6530d0a4-39da-4b54-8887-757725c71cd1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-30.data
SPDXID: SPDXRef-d9e74036-7689-4161-85d2-c935c4126749
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-31.canonical
SPDXID: SPDXRef-34c3fe98-c720-48ba-af88-9310c89fa439
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-31.data
SPDXID: SPDXRef-d279de69-813d-4655-9ad4-e565e97ef5b9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-32.canonical
SPDXID: SPDXRef-cb52240a-2ca3-4472-8a5c-f52ed21c2dba
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-32.data
SPDXID: SPDXRef-3d63f898-42f9-4383-ab18-7c3bb8c56949
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-33.canonical
SPDXID: SPDXRef-5d5c69ff-b9b2-409f-bdb5-25d9dd81f992
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-09-33.data
SPDXID: SPDXRef-4f6cde46-88a8-4cf3-9c46-771ece1ece0d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-01.canonical
SPDXID: SPDXRef-48ae46db-626e-48c3-a373-a4541a1f4adf
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-01.data
SPDXID: SPDXRef-afcb4a35-22d5-4ac8-ae89-88cdb0067cdb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-02.canonical
SPDXID: SPDXRef-4c37582d-dc5f-4122-a70a-f5f43f828535
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-02.data
SPDXID: SPDXRef-e1c216d6-9c3f-4bd1-8ea7-8219c07f6959
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-03.canonical
SPDXID: SPDXRef-8affb111-e1be-4d74-9c15-55b23ca10990
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-03.data
SPDXID: SPDXRef-1fc788c8-6a14-4558-b9f8-49629ea019ac
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-04.canonical
SPDXID: SPDXRef-84e981ae-8243-4f68-8e49-d34e1a97ccb7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-04.data
SPDXID: SPDXRef-6e289371-ebcd-4d71-9c18-c1463786ae93
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-05.canonical
SPDXID: SPDXRef-337be3b5-4b74-46ec-bbf4-d56bae862b43
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-05.data
SPDXID: SPDXRef-41207637-08d9-4ee1-a53e-bbcb71f155f3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-06.canonical
SPDXID: SPDXRef-5beb9459-fbbb-4470-a864-71064dd1945e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-06.data
SPDXID: SPDXRef-92342150-908d-46d5-96ad-68344891f525
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-07.canonical
SPDXID: SPDXRef-6866cd18-fd28-49a6-a264-821bf5dd11b1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-07.data
SPDXID: SPDXRef-287a06ed-4077-4b12-ad2b-a8d5b6fb1add
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-08.data
SPDXID: SPDXRef-cc887bf1-6927-4386-b9ac-31f5235a9edd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-08.error
SPDXID: SPDXRef-36b5b6ff-f0e8-406f-ab59-334d172754c8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-09.canonical
SPDXID: SPDXRef-59ae78d9-b056-4f54-9910-e64514b4a945
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-09.data
SPDXID: SPDXRef-126067b9-02c6-400b-a699-c3522a83a6ff
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-10.canonical
SPDXID: SPDXRef-45f538f4-8a02-445a-b841-a4ee16d7e35c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-10.data
SPDXID: SPDXRef-1459ac6e-4cc8-4949-8874-85dad27bf213
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-11.canonical
SPDXID: SPDXRef-012ac727-c467-4490-8187-5e24d18552f6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-11.data
SPDXID: SPDXRef-7b49eba1-e717-490b-ae79-811cd8f3ecfd
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-12.canonical
SPDXID: SPDXRef-0fb617fd-8799-4c44-bc99-8926ecbb42af
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-12.data
SPDXID: SPDXRef-a096ae73-f7b5-4787-853f-dd04c2c931a0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-13.canonical
SPDXID: SPDXRef-afd5d422-930a-480b-a787-eb8b6f3886a9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-13.data
SPDXID: SPDXRef-245d94f8-b600-4b61-a47f-14d3abf3f579
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-14.canonical
SPDXID: SPDXRef-7e61c179-a3cb-456a-9158-e018d97618cf
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-14.data
SPDXID: SPDXRef-3bbc6616-e472-47d5-aeab-a953f0aa72d6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-15.canonical
SPDXID: SPDXRef-4ef85350-aeca-4f09-a496-31f414194af9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: spec-10-15.data
SPDXID: SPDXRef-23426f84-7f4b-43f0-b7a4-6307fe47d676
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: str.data
SPDXID: SPDXRef-bba2456c-b22e-41fe-9049-6b0f93cbd594
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: str.detect
SPDXID: SPDXRef-42896df3-3885-44d9-bc14-90c16b8f5ad4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: tags.events
SPDXID: SPDXRef-82864bf3-f271-454f-b183-a9816b108ef6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_mark.marks
SPDXID: SPDXRef-68cf1ad7-cd42-44de-9332-d991581e598c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: timestamp-bugs.code
SPDXID: SPDXRef-ca9298b4-e1f4-4c8b-a1ee-2e71d98abcbb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: timestamp-bugs.data
SPDXID: SPDXRef-d8cf4799-2042-4073-aa05-3679ebbab08c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: timestamp.data
SPDXID: SPDXRef-92235e28-b2bf-4f8e-bcfd-c9f62efea9bc
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: timestamp.detect
SPDXID: SPDXRef-f8b748d3-4fa5-4816-99cd-6098bdeab5ad
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: unacceptable-key.loader-error
SPDXID: SPDXRef-622ef819-c6f6-46f7-8ca9-8c61ab1a2746
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: unclosed-bracket.loader-error
SPDXID: SPDXRef-08912dc1-af0f-4554-8014-a6850ab21017
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: unclosed-quoted-scalar.loader-error
SPDXID: SPDXRef-8c75f3fd-3193-4a12-bd73-74d1a452a28a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: undefined-anchor.loader-error
SPDXID: SPDXRef-e0398ef2-e6cc-46a9-9461-c868a23dda01
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: undefined-constructor.loader-error
SPDXID: SPDXRef-5fe19c79-19b6-4040-86dd-8750090760f0
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: undefined-tag-handle.loader-error
SPDXID: SPDXRef-fcfb5c7b-1e52-488f-89e9-8d0c0789ee15
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: unknown.dumper-error
SPDXID: SPDXRef-8d8276a3-8ea1-4199-a72e-53870e6e212c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: unsupported-version.emitter-error
SPDXID: SPDXRef-96735684-7703-45c7-996c-9b799f035793
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: utf16be.code
SPDXID: SPDXRef-abc72bcf-be2e-4caa-834c-63ee439f1700
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: utf16be.data
SPDXID: SPDXRef-e8098e60-5469-467d-9b18-1611f25b51db
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: utf16le.code
SPDXID: SPDXRef-ab6cca69-3cc1-4a1f-90c8-03d351e2d4d3
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: utf16le.data
SPDXID: SPDXRef-b5c4d041-5587-4c42-9acb-03addcaa2ff8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: utf8-implicit.code
SPDXID: SPDXRef-2232e23a-e74a-4b5c-bd8f-a4ea10439a85
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: utf8-implicit.data
SPDXID: SPDXRef-630cd00e-2698-4e48-9d95-802b39012894
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: utf8.code
SPDXID: SPDXRef-dba4612d-3335-49ad-9b59-f71843fe97b5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: utf8.data
SPDXID: SPDXRef-4450c90b-ab2c-431c-a763-dbb39c8182aa
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: value.data
SPDXID: SPDXRef-eedff661-582f-4b81-8d47-423abd55dcc6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: value.detect
SPDXID: SPDXRef-61cdebe7-1647-47c8-8e04-da386336ee42
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml.data
SPDXID: SPDXRef-5bbd7794-c929-4c43-8b13-aa5d17f80e45
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml.detect
SPDXID: SPDXRef-93262f5e-d254-450a-8541-97292449b99a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml11.schema
SPDXID: SPDXRef-43bda03c-4a22-4df4-b1d7-9dd59c3b11d8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml11.schema-skip
SPDXID: SPDXRef-a5c6ac57-d98c-488c-8d25-e0a046a5711e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: lib
SPDXID: SPDXRef-74295a8a-6534-41fc-8641-6b19c201c7db
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: canonical.py
SPDXID: SPDXRef-bf02e8b7-5526-434b-a701-896dfb874c43
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_all.py
SPDXID: SPDXRef-cd77fc00-9d8d-4194-904e-a545108f5f25
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_appliance.py
SPDXID: SPDXRef-0e8c138e-c962-4e40-95ed-2ded4088a96f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_build.py
SPDXID: SPDXRef-c61dd795-a55f-42a2-8fb4-26007fb789e4
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_build_ext.py
SPDXID: SPDXRef-771a744c-0e34-45f9-917b-e54a2aa5432d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_canonical.py
SPDXID: SPDXRef-cf67958c-54aa-4280-b010-475cbfed436e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_constructor.py
SPDXID: SPDXRef-179349a8-c1d7-4cad-b157-acad168e68d1
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_dump_load.py
SPDXID: SPDXRef-97ce81d5-62d2-4ce2-a388-e9f430ebdda8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_emitter.py
SPDXID: SPDXRef-508fd079-3239-41d9-96d0-66602cc1e80f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_errors.py
SPDXID: SPDXRef-e3b8bdb1-4e43-46c1-9b92-01b6a926789f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_input_output.py
SPDXID: SPDXRef-77bf6d21-42df-4473-b684-52ad293fb092
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_mark.py
SPDXID: SPDXRef-ad9be1e3-3ced-4d23-9bcc-39a14cc525b5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_multi_constructor.py
SPDXID: SPDXRef-f971124f-d537-4d8a-a22a-7d77c630627a
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_reader.py
SPDXID: SPDXRef-b110b2f5-d720-4792-89ba-5da2119a37ea
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_recursive.py
SPDXID: SPDXRef-23712496-9b3e-4849-a67b-9ce3d44970e6
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_representer.py
SPDXID: SPDXRef-6e6c9255-a33e-4328-bea9-ad565e9c12b8
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_resolver.py
SPDXID: SPDXRef-6a657f2f-79b8-4b8d-831f-afdb6f32dfe9
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_schema.py
SPDXID: SPDXRef-9982e661-9b3d-4d65-96ed-b7ed738cba76
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_sort_keys.py
SPDXID: SPDXRef-90aefdeb-7174-421b-9ced-0dd99b1e3f62
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_structure.py
SPDXID: SPDXRef-64ceffdc-de40-43fd-83e1-4e62f58978bb
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_tokens.py
SPDXID: SPDXRef-d3fc9ecf-a828-4492-8e80-80ad48fa4268
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_yaml.py
SPDXID: SPDXRef-b4eb4552-7643-4bb9-914e-e5b622da8db7
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: test_yaml_ext.py
SPDXID: SPDXRef-822830fd-c292-4798-997d-abe5592b1e8e
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: yaml
SPDXID: SPDXRef-99c2a8a5-7769-4248-b7b3-bcefb40ac19f
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: __init__.pxd
SPDXID: SPDXRef-c0ead0a4-8432-41f4-8d1d-1aa7a8db69ad
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: _yaml.h
SPDXID: SPDXRef-99f2d349-9791-4fd8-82bd-3d2df6daffd5
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: _yaml.pxd
SPDXID: SPDXRef-4f520d25-9226-4bdf-9664-5446ce555a6d
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
FileName: _yaml.pyx
SPDXID: SPDXRef-c085d791-ba2c-497e-b379-7efe40d2801c
FileContributor: Kirill Simonov
FileType: OTHER
FileChecksum: SHA1: 4CA387ACF16091329C1F9A58E3C9618527F942D9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
