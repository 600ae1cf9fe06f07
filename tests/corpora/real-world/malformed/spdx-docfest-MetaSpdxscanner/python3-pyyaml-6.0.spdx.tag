b'SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0

##-------------------------
## Document Information
##-------------------------

SPDXID: SPDXRef-DOCUMENT
DocumentName: python3-pyyaml-6.0
DocumentNamespace: http://ffdfddc04108/repo/SPDX2TV_python3-pyyaml-6.0-r0-patched.tar.gz_1640897794.spdx

##-------------------------
## Creation Information
##-------------------------

Creator: Tool: fossology-python.bbclass in meta-spdxscanner
Creator: Person: fossy (y)
CreatorComment: <text>
This document was created using license information and a generator from Fossology.
</text>
Created: 2021-12-30T20:56:34Z
LicenseListVersion: 2.6

##-------------------------
## Package Information
##-------------------------


PackageName: python3-pyyaml
PackageVersion: 6.0
PackageFileName: python3-pyyaml-6.0-r0-patched.tar.gz
SPDXID: SPDXRef-upload235
PackageDownloadLocation: https://files.pythonhosted.org/packages/source/P/PyYAML/PyYAML-6.0.tar.gz
PackageHomePage: https://pyyaml.org/
PackageSummary: <text>Python support for YAML</text>
PackageVerificationCode: da39a3ee5e6b4b0d3255bfef95601890afd80709
PackageDescription: <text>python3-pyyaml version 6.0</text>
PackageComment: <text>
ModificationRecord: false
PackageLicenseInfoInLicenseFile: LICENSE: MIT
PackageLicenseInfoInLicenseFile: README.md: MIT
</text>
PackageChecksum: SHA1: d2eb594e64131a8a2d6b5acd0d80cb0354cbacd5
PackageChecksum: SHA256: c5e59da951e3cd9a8f5133b5c2f7782ad771d824defcfa2eca50e4911e2394eb
PackageChecksum: MD5: 61f00bb92705f6cc1fea3568d26c8bc2
PackageLicenseConcluded: NOASSERTION
PackageLicenseDeclared: NOASSERTION
PackageLicenseComments: <text> licenseInfoInFile determined by Scanners:
 - nomos ("3.10.0.49-rc1".45e186)
 - monk ("3.10.0.49-rc1".45e186)
 - ojo ("3.10.0.49-rc1".45e186) </text>
PackageLicenseInfoFromFiles: NOASSERTION
PackageCopyrightText: NOASSERTION

Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-upload235

##--------------------------
## File Information
##--------------------------

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-13.canonical
SPDXID: SPDXRef-item3694100
FileChecksum: SHA1: 6961606807a793e50b5864bda840a46ee40e740e
FileChecksum: SHA256: 185aba29ab1a8aa4d3e83894ed1ce7eeab23eb3498a395f62b99564e41f8251b
FileChecksum: MD5: e48eb3c3125e292842b748ed58763131
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-07.tokens
SPDXID: SPDXRef-item3691769
FileChecksum: SHA1: 595d96b027b07d16d10a7a736ff95dca9e36df27
FileChecksum: SHA256: 52692d63228138aaa5fd30ab6813a4e557d7251e1846a49365bf388a65bf1347
FileChecksum: MD5: 597ccb57bc393d5092f840005dc16684
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-bytes-py3.code
SPDXID: SPDXRef-item3691241
FileChecksum: SHA1: c466eb844ab926e4fcbd0739190675cfbbb0b1cf
FileChecksum: SHA256: 9a853ad157183038f0d513c8edc354be19dc21912cb2ca39942df23ec7a0aaef
FileChecksum: MD5: b0bf9836acf3f046d615085cfa9e8da6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-06.error
SPDXID: SPDXRef-item3693237
FileChecksum: SHA1: d6175c79c045537f1991cf2c4853b098be22a1dc
FileChecksum: SHA256: f70a63639057de9e019c9c6aa98831d126a2ecd97903c7cb529042e5aa915b2e
FileChecksum: MD5: 6d057ad188ac9048c4a25ec821735353
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-uri.loader-error
SPDXID: SPDXRef-item3692859
FileChecksum: SHA1: 1f0480060ee8596fc45db537fe591737e05fdb9a
FileChecksum: SHA256: 930bcc7d3bd66c207eda66ec37b685b92740be1346a2a975441e375d86576c23
FileChecksum: MD5: e9002267fe5146352a88d91bd78b874e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-tag.emitter-error
SPDXID: SPDXRef-item3693159
FileChecksum: SHA1: 67c53d683e37e9bd712d74469a3c85eb34d586b8
FileChecksum: SHA256: f8cf7ea2d7478e5990e737ba19f33a68cd64ff449b3215c3bf5dcea989081e70
FileChecksum: MD5: f52e0cb79c314a36ebc52109b92d492c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emitting-unacceptable-unicode-character-bug-py3.skip-ext
SPDXID: SPDXRef-item3690709
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-27.structure
SPDXID: SPDXRef-item3694222
FileChecksum: SHA1: 4ded543a2fffbe9083e8f8bee6874ef30eaa6aed
FileChecksum: SHA256: 66795b158cd6e05b29b38bc7d5e29814133fc775b4ddacfa1ac5e54a0fcc42c7
FileChecksum: MD5: 8e82113a4b836532a2fcf81b12d5b62d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_canonical.py
SPDXID: SPDXRef-item3690601
FileChecksum: SHA1: 6aa4f05feed4429233b29cd61d00f7eb8d4751dd
FileChecksum: SHA256: 710901100e20d7d8e6678c22c3fed0bca42e21dbba501f97e2ac8fefbccecaf3
FileChecksum: MD5: 7a96b74dc5bb5f9f84558ccbc72eccd9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-mapping-key.former-loader-error.data
SPDXID: SPDXRef-item3691217
FileChecksum: SHA1: b9857b01ef91b1bbaa90ed918b3524ee596bf83e
FileChecksum: SHA256: 7545df11f39068cf8cf5fbedb59149af744f2d9b56dce46c7b8d229503588ece
FileChecksum: MD5: fa403780b107806df3f187ddc5e7fd12
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-11.canonical
SPDXID: SPDXRef-item3690688
FileChecksum: SHA1: 76a1fd823b5055c226c051f9ecfb6316ac9ac2e7
FileChecksum: SHA256: 9957789ab66d6ec4de28ec9cc105ff8988c443f4c54cff72098a81211ad33c1c
FileChecksum: MD5: 1f5e59f78c70e34f74977ef87c6cb333
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-long-short-py3.data
SPDXID: SPDXRef-item3693251
FileChecksum: SHA1: accc9594916776cea0a82269b2df5c91b673e39f
FileChecksum: SHA256: e58d35c3e141c2a61e459c1ca65ccfe3ac5315ac8204801f3cb3671bb35d395a
FileChecksum: MD5: d1c269d05f1d1a5bfcd5e53c390391d6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-27.data
SPDXID: SPDXRef-item3692410
FileChecksum: SHA1: f60b6aceb792b8b4311d456141c69e55b19e1bce
FileChecksum: SHA256: 1ea836ed23b4207d8b7fb77d29b72bd5b991a80bd254270d29fcf7580a4d082e
FileChecksum: MD5: 1cd3f2897d16d98a95795f439737e1b1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_representer.py
SPDXID: SPDXRef-item3690619
FileChecksum: SHA1: 27fdde74dd92a3e2284a2ba797d9421b18644b43
FileChecksum: SHA256: 0415061158fb4a2aea71f3d2a9bdddcf33ee7eccfe174a1ec5cc39f79bc9adc3
FileChecksum: MD5: 0b03262bab6e5d48daaea2886690b48e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-bool.code
SPDXID: SPDXRef-item3691037
FileChecksum: SHA1: 7bbbe0135ef47a86180cae5f2f6addf411be1f48
FileChecksum: SHA256: f4786a12f589145282b5f0d4f9e7c28182439283271f43033c9ea54537568992
FileChecksum: MD5: 3b13ba5cc0ee85b5bee5a442bda743e6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-value.data
SPDXID: SPDXRef-item3690720
FileChecksum: SHA1: 2518de898712e6f120b500942edb3b167385864a
FileChecksum: SHA256: 57e4faf94215f09ac7dd7640d9fc93eab9be7d4e4338f5606e4765317d15ce0a
FileChecksum: MD5: bb6c3e4736338d7b97100f9613c6cb4e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/constructor.py
SPDXID: SPDXRef-item3690423
FileChecksum: SHA1: d82940e8897931e824e6fd3538247c1ad6c261cc
FileChecksum: SHA256: 90d8247da78b524c10618fd0e857f54f3d97570fe91b5c5513d024ef3faf88b0
FileChecksum: MD5: 3722e375c216e7b1703de5973f6f0ad6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-str-utf8-py3.code
SPDXID: SPDXRef-item3691410
FileChecksum: SHA1: aba6e5370fafa8f1b74286b9d45a34efec8607c8
FileChecksum: SHA256: 1c2d36a08771eba973b44d708c2cd477b787d42ca42421d59af013c7e2fbd23c
FileChecksum: MD5: 7a511fcd1e31961ba6ed5b48500a6ea0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-27.tokens
SPDXID: SPDXRef-item3690788
FileChecksum: SHA1: 06462104b15531e810bffb1c2a09549bf20d160d
FileChecksum: SHA256: 345afa75eac4a7025942d1d48f0819b161de3f0bc3bf7049f4644ac65d9817cb
FileChecksum: MD5: 1637e0316568ec4c04af3f1f1f2f42be
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/yaml/_yaml.pxd
SPDXID: SPDXRef-item3690330
FileChecksum: SHA1: 8091494237c0274cd419169693adc129fc417b47
FileChecksum: SHA256: 2cdd5a11a860f986cb96ba06b0ca1704ee2ab016268c808fa4f85a30601be600
FileChecksum: MD5: 534a6fb75047bc16622ea947ad73a525
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-05.canonical
SPDXID: SPDXRef-item3692825
FileChecksum: SHA1: 3b13476342ac918769eb57b5cb8c8bd097abef07
FileChecksum: SHA256: 75cebeaaad261993578c92e22f4afac79469b47319fc30a599e15dc7b13e86c6
FileChecksum: MD5: 7b4fade693a749ef43fc736964631cec
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/PyYAML.egg-info/PKG-INFO
SPDXID: SPDXRef-item3690469
FileChecksum: SHA1: ada0e7346aee6e87e0dbf2ba3deef28c800c389a
FileChecksum: SHA256: 4261f1f641a9ff4c9ecd009761a7ede1e105789e96e28c857d8c070cb3f591d8
FileChecksum: MD5: 53c2b91e224b9668b2ebb223493362d9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: MIT
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-13.canonical
SPDXID: SPDXRef-item3694152
FileChecksum: SHA1: 13dea016e9ad60d5a26288937c075c43862e5b0d
FileChecksum: SHA256: 0a93b2081e5ad5f60c73eeba5e4437715eac74f96543b5cc7a61b9b48276c309
FileChecksum: MD5: ced3c2a4692bd2bb81b3115823c77357
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-05.data
SPDXID: SPDXRef-item3693361
FileChecksum: SHA1: df47b2aa3eaf15341c49a1c3eae261b64b75788b
FileChecksum: SHA256: 6bd893e4993fbc5d781750d1d7e43cd791bf229851534d8e78020fa593deca58
FileChecksum: MD5: 37f8067c22e2d72cdd5178a46d9f86f1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-custom.code
SPDXID: SPDXRef-item3693459
FileChecksum: SHA1: 9347af15345a0c3df55211733f36f6800a03a81c
FileChecksum: SHA256: b5c56837892c97b066f9be8264b6cc551db00bed5446e1fcf27310a2f78aafb8
FileChecksum: MD5: 5e1d30dae39e2064b5208aa775242e6f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-26.canonical
SPDXID: SPDXRef-item3691755
FileChecksum: SHA1: 92893e0b480dc8d434d941141f992d92009c1996
FileChecksum: SHA256: 7a494deb3bab821a672c4bb57c4f7e666081c96d63b094029c829f944a12e1a1
FileChecksum: MD5: 1a7e652fed650883364e6e2d136b8ff1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/unknown.dumper-error
SPDXID: SPDXRef-item3693400
FileChecksum: SHA1: 8106a6276a2d6cdf0d06f3ed6ef3d5e02d392567
FileChecksum: SHA256: a87ffd42a3e7494d935f45b68e8f39909a51d1e7436c785de53b1a10e72869da
FileChecksum: MD5: 67ca27a27557a647724a409a278c079c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emit-block-scalar-in-simple-key-context-bug.canonical
SPDXID: SPDXRef-item3694022
FileChecksum: SHA1: 18e57004e1f7dd313274d352f533d5eb5f88f7de
FileChecksum: SHA256: 0a292f86975173168c3a623e92e80a4cc3720fa9be15a93d27a2b4896177d903
FileChecksum: MD5: 2106ee67bd6e3802d6edfed2c84be5eb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/forbidden-value.loader-error
SPDXID: SPDXRef-item3692546
FileChecksum: SHA1: 58a76988052e4933c3af70bc7ab71a3eb4653261
FileChecksum: SHA256: d853ab3fbf257a3336aa0a68f7894ec9e03578cd00b4c63a789374d0b67a5209
FileChecksum: MD5: a2a4c1112698cc89cdb9c0238af79f5a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-02.canonical
SPDXID: SPDXRef-item3692006
FileChecksum: SHA1: 32e8a9b128d0cd0417dc0d68c02f65f41058d71f
FileChecksum: SHA256: 0461e6700d04e0892e37301e710c782aee009966b20b1e6736e413fd05466f73
FileChecksum: MD5: 6126e66e604d3ce8756d5dabc4bfda9e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-02.empty
SPDXID: SPDXRef-item3691883
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
FileChecksum: SHA256: f08139fef939afb0a706afa4440c0ba77658beb61b7498db11f43da9ac242655
FileChecksum: MD5: 1beca2d4559311b172d46b9120598616
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/more-floats.code
SPDXID: SPDXRef-item3693426
FileChecksum: SHA1: ee3b14c3287e7cf318f131a7e7531abfced95c8d
FileChecksum: SHA256: 0d3c0d7f34b21220de14e854286e14aa78010c3a2af0251dc81562dbde24d45f
FileChecksum: MD5: a506096a6fa2742db45bd46db1fb6557
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-18.tokens
SPDXID: SPDXRef-item3691674
FileChecksum: SHA1: e2275e10922cc17f257c0b82ea0358f4803ff9ac
FileChecksum: SHA256: 613a6b3ad23614fc97072b405ba02eff0c7026cecafbda557a6b29c38efb5aae
FileChecksum: MD5: 63877e0a9a61196a14aac2e0ccd90462
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-11.data
SPDXID: SPDXRef-item3691446
FileChecksum: SHA1: 53ed02713f7c8bb17002ac1e37cf4b226a3fad90
FileChecksum: SHA256: 204a46661a502773280507530c03611037af08914e45f86564c98c0a35fcc0e8
FileChecksum: MD5: c50d5372f21edd0b4e12e8618940ed00
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-04.data
SPDXID: SPDXRef-item3690861
FileChecksum: SHA1: 3fcec1a6819922838f5db1802ba49490d54ee258
FileChecksum: SHA256: dc86f31bbe3d391fb2854b89e0053296f5cbd10b0b3d9b99be326540bc274137
FileChecksum: MD5: 9068552f9a8e6ac208e89c4544091381
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/Makefile
SPDXID: SPDXRef-item3690384
FileChecksum: SHA1: 7e984a0b70af43e4868d916b827f3525a4628a50
FileChecksum: SHA256: 2e509eadc0e90c6e966ed1185626efe51629d4047f6c0995dc5b710e2532f77c
FileChecksum: MD5: 5490c34c84034ee76e5954a170c5fb5f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-11.data
SPDXID: SPDXRef-item3691633
FileChecksum: SHA1: ffa3cc069c9a97bee5e8c8309b36da98d5d7c99a
FileChecksum: SHA256: 3eea5f9b95c54b32911eae531576e53bd2f492ea7e265db2394fd34808be9317
FileChecksum: MD5: bc1cec2c0ea257f0b1549abb3d019a96
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-unicode-ascii-py3.code
SPDXID: SPDXRef-item3693705
FileChecksum: SHA1: c3bb85d20caa73095b547be2dd3d30d34e00017b
FileChecksum: SHA256: c5448eec46c70c1e2389e4b2ae27bb13f552ce7a56acb94ec61b7320b9c79a6a
FileChecksum: MD5: cf0ed4b9014a2e526732ca238f3899e9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-str-ascii.code
SPDXID: SPDXRef-item3693653
FileChecksum: SHA1: c3bb85d20caa73095b547be2dd3d30d34e00017b
FileChecksum: SHA256: c5448eec46c70c1e2389e4b2ae27bb13f552ce7a56acb94ec61b7320b9c79a6a
FileChecksum: MD5: cf0ed4b9014a2e526732ca238f3899e9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-tag-prefix.emitter-error
SPDXID: SPDXRef-item3690773
FileChecksum: SHA1: fe92b45934e3c6f42e86c180689f1281d40ad191
FileChecksum: SHA256: a1e9988eb46b7bdaa6aaa971e74a7c14a5636b0c3b9a5fcab7c06b04d2892445
FileChecksum: MD5: ae2f797950c901b900fb189a54044f0a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-15.canonical
SPDXID: SPDXRef-item3691144
FileChecksum: SHA1: ce3507ad56535b9191edc885a2ef870c76de936c
FileChecksum: SHA256: c5c5a9efdcd308e924014c8b2d27fba2bac3b6ba889a9ba14d2834fb6ce5cf64
FileChecksum: MD5: 12a4edf41b178a22dde2b34afc4747ad
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_appliance.py
SPDXID: SPDXRef-item3690595
FileChecksum: SHA1: dc60ceee6243addefa49afabdefd1b107b3d7028
FileChecksum: SHA256: e271648fcb950470802bc79d55a133a142e181dd61fe730e1ac88ce98e2d26f1
FileChecksum: MD5: 1949f10eff0f6ae21e84f23c45e56063
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/test_mark.marks
SPDXID: SPDXRef-item3693451
FileChecksum: SHA1: ebe5b256fadf75ab4b4503c19b980b4f6caf110d
FileChecksum: SHA256: 2d5a5583db831aaadc2c3ae3aedc7d96252104bae6845155f2734b3de349919e
FileChecksum: MD5: eae6d4fa27e4e9973937b9e96eabd7ee
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-int.code
SPDXID: SPDXRef-item3691059
FileChecksum: SHA1: a8fdc205a9f19cc1c7507a60c4f01b13d11d7fd0
FileChecksum: SHA256: 181210f8f9c779c26da1d9b2075bde0127302ee0e3fca38c9a83f5b1dd8e5d3b
FileChecksum: MD5: ba1f2511fc30423bdbb183fe33f3dd0f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/yaml11.schema
SPDXID: SPDXRef-item3694213
FileChecksum: SHA1: df5b19be2b88129f9b456324487d0945c79bd7c1
FileChecksum: SHA256: da16562c7315be55b500b2ab1fe001c5eb339cebcb014ef208b9983cac8f2a67
FileChecksum: MD5: aacff4323ae56599be5d0e93f7b05ccf
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-18.data
SPDXID: SPDXRef-item3692298
FileChecksum: SHA1: 90d274bb7e1367549afdf3ad36d57c9c09695da1
FileChecksum: SHA256: cf793753beb983036781c2d2e8aa0be24501053b277e77b0083bae4af6eba4ac
FileChecksum: MD5: ed86ef7af8f831c389847c174600d9b0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/setup.cfg
SPDXID: SPDXRef-item3690321
FileChecksum: SHA1: fbb1975fd414af07da5ba9054cef698ea3b9dd4e
FileChecksum: SHA256: 1c473cbaee8da5fc46e7f0158794af5cea4414c34a3cf3f180c2001f5e38bd3e
FileChecksum: MD5: 3f78c6150b7d619a476c799812e31d5a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/float.data
SPDXID: SPDXRef-item3692381
FileChecksum: SHA1: 2e7e8a38184c5960b8f1cf1a7b37e7dd09247e3d
FileChecksum: SHA256: 1804c0056a9ecee8157f8687611fe7acb7e81a4343b47d3409bd704c24eab37c
FileChecksum: MD5: 2b42559475b2939b8358f520bd42ba0c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/utf16be.code
SPDXID: SPDXRef-item3693865
FileChecksum: SHA1: 00a911654500f1efa5fd66cde2307ac93676cb28
FileChecksum: SHA256: 0d4c21af2448ee53e353ba61f27c980f1a5ab73ed8108e5fa733b41db76d909d
FileChecksum: MD5: 23508b08bb991df5db5f8820850fecd0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-int.data
SPDXID: SPDXRef-item3692615
FileChecksum: SHA1: fcc17949140af77b644928a7376f4325296788ba
FileChecksum: SHA256: 737718ea0ac0c568fad66d9692221da59c69a9337ebfbfd2e392f9b4e4d846ea
FileChecksum: MD5: 4b6bfd68bf8690e3797393aa4f258f71
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-utf8-byte.loader-error
SPDXID: SPDXRef-item3694043
FileChecksum: SHA1: 65314ebd01572fe78b66da790718dd4ff2367009
FileChecksum: SHA256: 64290d754b1aa6a511f22f03b0066df3f062eebf721489b9d531c2ebb2d376ac
FileChecksum: MD5: 277d841db594d8579076d24f93ec2230
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_constructor.py
SPDXID: SPDXRef-item3690542
FileChecksum: SHA1: f1158b8eef4b1c83af7b2e5943c00628e8c183fe
FileChecksum: SHA256: 6fa00a9fac2e0b43006c7c9d5139f506e24b691fcd54cd3bd9af99904f0674f8
FileChecksum: MD5: 07cf0ffac6f9a50aa817bf929941b062
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-complex.code
SPDXID: SPDXRef-item3692839
FileChecksum: SHA1: cf82a7d893fd6d19d963a38a141ff2a2b29f8f4b
FileChecksum: SHA256: dffc72f7f672f9bb765813854a1133f9bc5023c8f30eae210b4fe6e60a328f70
FileChecksum: MD5: 4d56932a7bd308291de1889223b1b8ed
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/unacceptable-key.loader-error
SPDXID: SPDXRef-item3693266
FileChecksum: SHA1: ab964f958aba447fc03c9700c0967a780327ac87
FileChecksum: SHA256: 8b86bd2504fa0bc44170dc315db452a23f080926760f547eb59e91fe5c7dfc5d
FileChecksum: MD5: c917eda78a01c5d195d2670011d595af
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/str.data
SPDXID: SPDXRef-item3690785
FileChecksum: SHA1: 40b6818a85abd92992a008c3758f2c663c97781c
FileChecksum: SHA256: 2819eda807e1317fa0f36a6d5965c92bae33c5374c4d7ae72f380c89643a7797
FileChecksum: MD5: 6ae3deaee50c16dc47975d4366387de0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-05.canonical
SPDXID: SPDXRef-item3694233
FileChecksum: SHA1: 01a64a1fbbbf4625dcae1579b8e5292ad575fda9
FileChecksum: SHA256: fb04d1936554e3620fd9bfef5d2b46256caa896fdf5272acf14a79ea8620cc4e
FileChecksum: MD5: 2446add45d4d1d36a5109dc162b3b396
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-30.data
SPDXID: SPDXRef-item3690654
FileChecksum: SHA1: bc808f631467cfe7b3455233c3ffd569ad4bdb9d
FileChecksum: SHA256: 26c7f9729f15d8360508457838ce5ecfb25cde6ed481fe34634ea7ee59d316dd
FileChecksum: MD5: 67c415873b60b63a2ac27aab27220194
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-31.data
SPDXID: SPDXRef-item3693684
FileChecksum: SHA1: bc808f631467cfe7b3455233c3ffd569ad4bdb9d
FileChecksum: SHA256: 26c7f9729f15d8360508457838ce5ecfb25cde6ed481fe34634ea7ee59d316dd
FileChecksum: MD5: 67c415873b60b63a2ac27aab27220194
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/recursive-tuple.recursive
SPDXID: SPDXRef-item3691590
FileChecksum: SHA1: aa20cef99a6f543fe28496219614089745450dfe
FileChecksum: SHA256: 9e3e00077b9a529d555a1ec1d289c65c05d4a620db88d500caea90c74fb70cb0
FileChecksum: MD5: b437f795727dd6267d2027f65c9c8fdc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-01.canonical
SPDXID: SPDXRef-item3693674
FileChecksum: SHA1: 732550f0cdb0d6d29713cd19457b8ea263069a04
FileChecksum: SHA256: 3a65864ca45dc40a86d79bd94e2e0d73ff7d0661a08e40d231b153f1eae05e43
FileChecksum: MD5: 96456f6a13f63bede18f339b54ff7aef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/composer.py
SPDXID: SPDXRef-item3690408
FileChecksum: SHA1: 903f37f572599211a49eade39ec1345dfae5522a
FileChecksum: SHA256: fcaa37d16afa783594794a5ab94193dcb720f503c19ce3d59539c8311189f453
FileChecksum: MD5: c6e483eed9e1974ef2f01c8a7260276f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-03.data
SPDXID: SPDXRef-item3692427
FileChecksum: SHA1: ec0522a1e06404a20785e5254924cff160f95789
FileChecksum: SHA256: 39a625f6e3af303e4adc3efc55ca374f47f2d726202678748af957ec3c7fd035
FileChecksum: MD5: a47aced5093378c1b2ca580b882940b5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-09.data
SPDXID: SPDXRef-item3693946
FileChecksum: SHA1: f0e7b34fd3a780b4702b9c863d8fafb20676e52e
FileChecksum: SHA256: 056dee9ecf678b70fe0d64de30df24241192c59b8e8637bbadaa4057a26c6a90
FileChecksum: MD5: 8f4c42a7839fcaee8d3a3118f0b00411
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-03.tokens
SPDXID: SPDXRef-item3690959
FileChecksum: SHA1: ef24d8d7bfdba8d31fc31df8bb6f2ccaa7f30da7
FileChecksum: SHA256: 953a9d578c6380a06bafa7a1c0f4d80b83ec4519e9f36b7db741f4cf350a6a12
FileChecksum: MD5: 46d8d51ada8227d29b88e1c7c4709f22
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-24.structure
SPDXID: SPDXRef-item3691116
FileChecksum: SHA1: fa2dafc34c0e77de04d1dd2c93eaee307af464d1
FileChecksum: SHA256: 929e5736db012bb818bcd2e7d7ac76b532dc9a36cc6fb7f0bcae23e518a77d05
FileChecksum: MD5: 52ffd5dcf17501c6befee99c86e8cb6b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-02.data
SPDXID: SPDXRef-item3693421
FileChecksum: SHA1: e1c1d46c6763346d6019cabb890ab59aca506401
FileChecksum: SHA256: 2950ebbb3c20d850aa3bc31b2fe7a98b16d041939720c195bfb15d97fe026e41
FileChecksum: MD5: a830a70827f0949008eb97c27e950b9b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-omap.code
SPDXID: SPDXRef-item3693444
FileChecksum: SHA1: 04294776beb438a5a982cfe0c110061dbf4a9e72
FileChecksum: SHA256: b7bb6992f2b0d830f0dda9d258361992e325fe8077afd9c215f5d87e509fe501
FileChecksum: MD5: ef99cf76594a2b55dcdc0cca87c8edc2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-01.structure
SPDXID: SPDXRef-item3691952
FileChecksum: SHA1: 040976cea6393ac631174f131a141a286f6ca963
FileChecksum: SHA256: 167d50667f671d102dcee519cfd9437498522cad73e05ebc9ccc7828c40c8aaf
FileChecksum: MD5: 90e24d2c54db886ce252b399db2bf371
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-omap-1.loader-error
SPDXID: SPDXRef-item3692732
FileChecksum: SHA1: 8094683a73ba794450f5515546e0e305d0b75d7d
FileChecksum: SHA256: 33cae38a05fd0473fb5cc4c4726fee69a6d32373a7018e347d35980e52f0a81e
FileChecksum: MD5: 3448e97c8854d7f95cccf0cc31c53199
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_structure.py
SPDXID: SPDXRef-item3690610
FileChecksum: SHA1: 5b1d22b9e44b82498d7e34996c1a5f8bc1e77731
FileChecksum: SHA256: 30b77bdf8adb8781582086cae948ee7fd563847186e1927bc7d721b9e2c22342
FileChecksum: MD5: 32e098bf29608a8dd976cdc4d74cd1eb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-map.code
SPDXID: SPDXRef-item3694181
FileChecksum: SHA1: 8c04fc6ac4d4a151cada74504eceecfce6a54703
FileChecksum: SHA256: a603e20ba2938ed96c21fea7b11c25ca753aeb37077b0647969adbec2c496eaf
FileChecksum: MD5: 4f83d9d3554f0742a4bbe1e555d97d35
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-13.skip-ext
SPDXID: SPDXRef-item3691097
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-19.canonical
SPDXID: SPDXRef-item3694248
FileChecksum: SHA1: 98fec66fcbea14537134197b8d134a37a152f8bf
FileChecksum: SHA256: a5ada18182ac4d585154aec34b560a09980f46a72a3a6ae1ed23e9cbde6f4389
FileChecksum: MD5: 466a8738b600ea9a5a7db71acf12f25b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-25.tokens
SPDXID: SPDXRef-item3692833
FileChecksum: SHA1: 44beb65df69270da4e76afb63f549bf45f65b6e8
FileChecksum: SHA256: f90c0ae863140875a2b55ec0dd253f99824d2b85211a4d12841bc1093e691770
FileChecksum: MD5: 83555664c66f7ad97afb306ddd8dd791
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-unicode-utf8-py3.code
SPDXID: SPDXRef-item3693901
FileChecksum: SHA1: aba6e5370fafa8f1b74286b9d45a34efec8607c8
FileChecksum: SHA256: 1c2d36a08771eba973b44d708c2cd477b787d42ca42421d59af013c7e2fbd23c
FileChecksum: MD5: 7a511fcd1e31961ba6ed5b48500a6ea0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-str-utf8-py2.code
SPDXID: SPDXRef-item3693600
FileChecksum: SHA1: 15a1ad5a0315f5cc30f4bde8436c8e0f93b3d921
FileChecksum: SHA256: 6c08b0d6f211ad01148bf14cf2fafb412a6eaa6255cfc1e6825f578d988c8396
FileChecksum: MD5: e2144ee2b275e022ef6b7b2af154469b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-26.data
SPDXID: SPDXRef-item3692302
FileChecksum: SHA1: f60b6aceb792b8b4311d456141c69e55b19e1bce
FileChecksum: SHA256: 1ea836ed23b4207d8b7fb77d29b72bd5b991a80bd254270d29fcf7580a4d082e
FileChecksum: MD5: 1cd3f2897d16d98a95795f439737e1b1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/resolver.py
SPDXID: SPDXRef-item3690451
FileChecksum: SHA1: 0570a7c52cd987f93f077e3d5ea3a9d70f8064a5
FileChecksum: SHA256: f4bf9561f9b89961f1503d558385fbae30d12bfed565de9bf76c33abb63620a6
FileChecksum: MD5: 5d424730938bfb35c7d6a7be6edc7f2b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-02.canonical
SPDXID: SPDXRef-item3693756
FileChecksum: SHA1: 76a1fd823b5055c226c051f9ecfb6316ac9ac2e7
FileChecksum: SHA256: 9957789ab66d6ec4de28ec9cc105ff8988c443f4c54cff72098a81211ad33c1c
FileChecksum: MD5: 1f5e59f78c70e34f74977ef87c6cb333
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-07.canonical
SPDXID: SPDXRef-item3691746
FileChecksum: SHA1: 87397929ebb89b2b6147767b6bdfc5bf200d64c0
FileChecksum: SHA256: 6086ea0df396bd8d241cb7d036bd77aa1dbf80232cd3b3f14f05b6352ab0666e
FileChecksum: MD5: 5462ccbdbb4a930525d57f93a33d3670
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-str-utf8-py3.data
SPDXID: SPDXRef-item3694003
FileChecksum: SHA1: 8860acdd7440cd5bcaa806fb9a3dae0aa75f7871
FileChecksum: SHA256: 44aa94efa226447811ebd9d177b57d8f3fc413122f9d161f35206bc73e9b3318
FileChecksum: MD5: 4eee8929dc3299670149f884e3c41589
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-20.skip-ext
SPDXID: SPDXRef-item3692061
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-unicode-utf8-py2.data
SPDXID: SPDXRef-item3690853
FileChecksum: SHA1: 4b4bac39a90c29f8dbbc3a298f9ebd17bf28ccc1
FileChecksum: SHA256: f4f5e134033b2d3625e502637e6877c3861b424a4333dce08f9430d66cacc772
FileChecksum: MD5: f49ec6ed49dc983da5a44fc0a52f27ae
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-mapping-key.former-loader-error.code
SPDXID: SPDXRef-item3692159
FileChecksum: SHA1: ba146eb0744c6568b8b1e85a757de4d4a0aa020e
FileChecksum: SHA256: 4b77e533b418d2925018156bd561518154218819e0fc0b4f7666d41162436d49
FileChecksum: MD5: 380cedf82644044b85bb4264252c7688
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/float-representer-2.3-bug.data
SPDXID: SPDXRef-item3691555
FileChecksum: SHA1: b676e0f704f002cac3909e3658745b4e93ed9558
FileChecksum: SHA256: d2a68f1efcf62fdf15fac14ed42b527bbd3c23191badd2ecf5a067a079195979
FileChecksum: MD5: 6b82badc8db9f0936f7499779c46f738
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-10.canonical
SPDXID: SPDXRef-item3692742
FileChecksum: SHA1: 17b4812c8719af21a914cb57937dc77fe14e2775
FileChecksum: SHA256: 3eb7bc381b74fc11a0f9411692f2386b42ecbe25d440b7f2eb40091f24d0aadd
FileChecksum: MD5: 11958c483bbf87220ce50ccb9d7aeddc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-17.canonical
SPDXID: SPDXRef-item3694117
FileChecksum: SHA1: 62e82b01028b61730de167455ed724dfbd2da38a
FileChecksum: SHA256: e138a2534dacd24debeb11782a44af9bcf4355ba961d87c2b6782b2331c83b63
FileChecksum: MD5: 45759ee4c1f87e708ec16451a43f073f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/examples/pygments-lexer/yaml.py
SPDXID: SPDXRef-item3690364
FileChecksum: SHA1: 8bbdc9ab4e4c14b0840f8abaaf2a317dfaf88173
FileChecksum: SHA256: 7c450f7a04e9b161f19fdf43317d2746e66dacdaf21f8e545cfde1ca8f1bb7cd
FileChecksum: MD5: 18f63a9f6a899cb3c6498bd95a5b0815
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/expected-node-1.emitter-error
SPDXID: SPDXRef-item3691002
FileChecksum: SHA1: d067528a358e87a344a2d4329592afd198c67306
FileChecksum: SHA256: 1e6df1623d4bb01244a994182fd2300a20e4c638a5d60262abacc8c1b273d28c
FileChecksum: MD5: e8bf7d2df94c142e5b4ba36c44946a10
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-09.canonical
SPDXID: SPDXRef-item3692998
FileChecksum: SHA1: 74e1ca3bb1a98cf015a52444f6b35b1eed0dc3ab
FileChecksum: SHA256: aa076c0f5ba4c6e5c5400e490616706f6e1b17059e5acb1a4a700a055431eb27
FileChecksum: MD5: 7813d406d698032e48cbe8db95b5246f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-08.data
SPDXID: SPDXRef-item3692051
FileChecksum: SHA1: 4a706f91b083dbe02fe001263b68b9d235576f6e
FileChecksum: SHA256: d61ec294160aed34a849070d013d3c7aa3c1374e9bdcbb777a951f4b425babe6
FileChecksum: MD5: 34fe548e4c967b4fa61bc5b495e8b109
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-12.data
SPDXID: SPDXRef-item3691839
FileChecksum: SHA1: dc2d16a1186b627ac984e7667027151e3d14f6cb
FileChecksum: SHA256: 192e0270c6ff37199ee81978047820ac27388a55ecc05bdd0ce060bc9ca4b16d
FileChecksum: MD5: 09ba11863d6798428e5dae1e2d1eabfd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/MANIFEST.in
SPDXID: SPDXRef-item3694290
FileChecksum: SHA1: ebfb4c6f74220b8e07faf602ec0d1c301238d639
FileChecksum: SHA256: 04bb3c9823a205057b44a8c8237be478f632245feb7d8dd9a2888d6f1613c0c7
FileChecksum: MD5: c1ad5ce4244740d4a878ce55da00b493
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-15.tokens
SPDXID: SPDXRef-item3693914
FileChecksum: SHA1: 71e74fbf7a4635debe9ca464b977604dac9c7f33
FileChecksum: SHA256: 4415b7e361fc6f6ba2492adef1f27cfb00d0105e4588177470cecc4214b35284
FileChecksum: MD5: 92520a5a9cf893220b9cd447f585f144
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-int.data
SPDXID: SPDXRef-item3691083
FileChecksum: SHA1: f60824c59c8df3ad7b8723af62116d59f597ec05
FileChecksum: SHA256: 2765dc76b110f1c16691e3979210266efc046cb90eded20c31bb30e474c6155b
FileChecksum: MD5: 9b8a29f6f6bc712df6c4f04d03f79a9b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/bool.detect
SPDXID: SPDXRef-item3692406
FileChecksum: SHA1: 6a1dbb7d8505291e4edd9b17bca6e05677e8647a
FileChecksum: SHA256: 801a50dcbc3c60c15f07cb5e02f03a2e4708e9ae7fc2991c00610a6734531350
FileChecksum: MD5: 81a81c8255e259d4d25f506243ff27b2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-01-utf16be.data
SPDXID: SPDXRef-item3691139
FileChecksum: SHA1: f543255fe4771e6ccb7d2c34020d4ceee17dde99
FileChecksum: SHA256: 4c660208c40b97a50156464d63d0771d01f7e82be777864493f65740c5a075c2
FileChecksum: MD5: 97a80d11cc6bbf980e05a4273421dc71
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-13.tokens
SPDXID: SPDXRef-item3691726
FileChecksum: SHA1: 82202f1cdf7dbe7f6464f69d8ba2597a9b4a8b93
FileChecksum: SHA256: 158bf3a0214138f34b750453d401e6c0ef3e86c1e385a009ebb0a0eafbedfb49
FileChecksum: MD5: 843c7b3537c5ca9ec44e2483ff396b64
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-12.data
SPDXID: SPDXRef-item3692214
FileChecksum: SHA1: c808638436a02c2bebfbf0171a20a24edda5f6f5
FileChecksum: SHA256: 0aad9ebf8122b847c3a5c68846e2cbb2b0c02c4118650232ae2e814e2f3babb0
FileChecksum: MD5: a9f5cff09c4bfb90918d330a2b28b25e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-tag-directive.loader-error
SPDXID: SPDXRef-item3691364
FileChecksum: SHA1: a36fde95355b616ef8b8318b770d33aa6f3a0f17
FileChecksum: SHA256: d59a461d80681787eee7b9614a340416098b6c043e391bae977dd99f7ac876e4
FileChecksum: MD5: 2d48063520d0ec5b0788194b7f0ea3e1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-08.canonical
SPDXID: SPDXRef-item3691094
FileChecksum: SHA1: 48334802f25b91206e41bbd35bf7c2af83606f4f
FileChecksum: SHA256: c9778c7ccb637eb2cbd28d0be3c02a3e66c2aefac6273ff956f408e040fecdcb
FileChecksum: MD5: 685ad712b251704a8eeb7007260a633a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-pairs-3.loader-error
SPDXID: SPDXRef-item3693470
FileChecksum: SHA1: 8f4d85d156532fd734ade566b1aae0b4514a8b4b
FileChecksum: SHA256: e5e8b2db091ea9d2140567f672fa0fb2bffd0c4155a55360d2a557fbc680b61a
FileChecksum: MD5: 6ce9265b6269e763ef7f79f0c88e7b45
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/more-floats.data
SPDXID: SPDXRef-item3691063
FileChecksum: SHA1: 742fdad33cc7d287b7c30718f3eb09f5d23ea7ec
FileChecksum: SHA256: 51c4e78cb37a476e53d69f074fc47e14c8db8a91ad0d48ef35947e74e3b268f6
FileChecksum: MD5: 21eb4757c871ce307c22b42aae8ebacd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-13.structure
SPDXID: SPDXRef-item3692578
FileChecksum: SHA1: 819d8d12aa1612732dcf9b5427b0ade0b1aa866b
FileChecksum: SHA256: a9ac0c3ac83c40e1b4c3416066d63d324ee9f8c144641dfeed72d140b6557245
FileChecksum: MD5: 2367d0d41ba13117405dfa47fdff7b3b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-29.canonical
SPDXID: SPDXRef-item3692336
FileChecksum: SHA1: 2abd887c808ffa5b1e5af1e78eefb7738e39f774
FileChecksum: SHA256: de95be410fdd17914bae07015ce8451dce4472e3b9e196baa6764fc643a86913
FileChecksum: MD5: 2b566a2ca580a4959006241073242dc5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/sequences.events
SPDXID: SPDXRef-item3693173
FileChecksum: SHA1: 28f67355924fc064ace38b3d1484cfce50a9cd2c
FileChecksum: SHA256: 73e5331653d5b4af1fe4987c5a3c898a3d8a524d83af21c1782072c58cc35973
FileChecksum: MD5: 8058d82d69d4f3c11d4205357a4a08e5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-22.data
SPDXID: SPDXRef-item3694032
FileChecksum: SHA1: 2b97809cac224342b221d8d054028c017772612c
FileChecksum: SHA256: cab879b2ab760c8a8621c29f31db8f57a9607495a921816990ba54fdd32f53e3
FileChecksum: MD5: 64ea7238157c2c2a678aac4977b4bb40
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-01-utf8.data
SPDXID: SPDXRef-item3691046
FileChecksum: SHA1: d81ff57ab31f67616db1883da3450d2cfdfc8e77
FileChecksum: SHA256: a436da30c675af63ccc5c76efa2d1fa704681de56d9ea743ec817626b4827ddd
FileChecksum: MD5: db863aa8e002ce0ff6bcde767cfb684b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-04.data
SPDXID: SPDXRef-item3691119
FileChecksum: SHA1: a3f540633ff49e6b7def968521184d31120fee99
FileChecksum: SHA256: 0a0e14197966f7f67ba01e9d6854a4906988845779402501226f228830a25e90
FileChecksum: MD5: 037af9e414b3289dc335c178130e9187
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/unclosed-bracket.loader-error
SPDXID: SPDXRef-item3693582
FileChecksum: SHA1: 526a708a5df3687f87bcef5e4ad59be1f894010f
FileChecksum: SHA256: 6dcaca484226cc0378d47c2c887660cd127a709c61c04f5f075d61812b6cfc27
FileChecksum: MD5: 604dda7f53ba919a3cbc87cc360d965a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-binary-py2.data
SPDXID: SPDXRef-item3691861
FileChecksum: SHA1: 0c827519659d150f2070e14c8221d11e425a8bb8
FileChecksum: SHA256: 966dbe8f59c0bb691108abd41f29690a9dd434970453804bd79ca5e9b6a73795
FileChecksum: MD5: f9cf0d0e4c17191ba764fdc77bfc3d29
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/mappings.events
SPDXID: SPDXRef-item3693888
FileChecksum: SHA1: 3e960459befd1759d9630c5b31844a0dd66a3623
FileChecksum: SHA256: 416ad4c584eefca0bf9acce7aec862ed5f0364c14660ceda0be3e7aebd30f714
FileChecksum: MD5: 5824c426230039e5c2ea57120dc6eb14
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-04.data
SPDXID: SPDXRef-item3693438
FileChecksum: SHA1: 0a3f0b8442c64ad316fd85cd3039597a37cf5ccb
FileChecksum: SHA256: 8a57ac293ed54fb063a9bd9f4e26ffe5e951ddde1c8ddb581420a9f4a49446a1
FileChecksum: MD5: 12e1c2bdebf589ad5c6e40bf2636a4b2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-26.structure
SPDXID: SPDXRef-item3692174
FileChecksum: SHA1: 735103bda8a877fa9cafe4b87f21eb4562e5c759
FileChecksum: SHA256: 04cccc3e02d9c1d294ad9335f46e627f50ed37d04f0951371453c76b46ffdbe6
FileChecksum: MD5: e20f184b17e031f61055866b91ba9f23
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/canonical.py
SPDXID: SPDXRef-item3690622
FileChecksum: SHA1: 875d5aa21f31cc534c7971c41d23f3e995f8f5b8
FileChecksum: SHA256: acfd2f32254528fa5acddd6ed5765d491134d0743e274fe8d3c785f9ef07d435
FileChecksum: MD5: a3c641238d900efe657a2a74a80250be
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-24.tokens
SPDXID: SPDXRef-item3693102
FileChecksum: SHA1: 9bb7aca2385dafa7d8cc13bf58e366484de05877
FileChecksum: SHA256: 22bedd815756697fa3195541758baf2e4ba621c61fe6a1264b56219e7a760187
FileChecksum: MD5: d789e254ecb36aee07bfef5939191206
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/serializer-is-not-opened-2.dumper-error
SPDXID: SPDXRef-item3694037
FileChecksum: SHA1: 4c5c579c25c5374a4748d223977af6f3fc03d421
FileChecksum: SHA256: 4bdc2a5ec6d8cec99282f0f5da0c80dea71fa149a4cfd4a11255c0ecb51e11f4
FileChecksum: MD5: 18c5f5d6240ca530defe845b31bf8d05
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/timestamp-bugs.data
SPDXID: SPDXRef-item3693749
FileChecksum: SHA1: 99bba2b051eedba58cdc5c776bd661510f1a3b14
FileChecksum: SHA256: f5af8a977c227c2cf672c034236933d68eec00111133ca55f4a253b13a489ecd
FileChecksum: MD5: b94b5d2a69fe778c61d85709d12e5494
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-20.structure
SPDXID: SPDXRef-item3691471
FileChecksum: SHA1: cadff3d34848d4280e84f99013c330532e1036fd
FileChecksum: SHA256: c04a927eb5dfb8bc4ac8d2e307a4ff012d35537bce58461b466b91f5b22ed556
FileChecksum: MD5: 7106e5c23501b7644c9e605eda70f7a1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/__init__.py
SPDXID: SPDXRef-item3690393
FileChecksum: SHA1: cea155bba62fc3761e51ead7c321fea010af81e3
FileChecksum: SHA256: 3434bb4bc5e003bdbe858e8b4661b35164cfbf31b38d656b5a4f8e180fbbec00
FileChecksum: MD5: ca22489c5afa041f4a0b33fa6b71cbf2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/examples/yaml-highlight/yaml_hl.cfg
SPDXID: SPDXRef-item3690352
FileChecksum: SHA1: 6bdd91be50a3f018d02de675b3c3b7ea6ea90d29
FileChecksum: SHA256: 062a2a589aa5e1bf3e6e58876c9e71348bafd15a0f090023d1c528822cc51e3d
FileChecksum: MD5: 3c4af2f47abdf6b329f582f345394162
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-item-without-trailing-break.loader-error
SPDXID: SPDXRef-item3691516
FileChecksum: SHA1: bac9d71df1bbed1bb68c31da8c9f8ee245648658
FileChecksum: SHA256: cb65fab9a1eb47a75badab42a1cb78d3ab8da54baecee59f31ebdf2b6620fa13
FileChecksum: MD5: d99214dddbc92370d29d011cc70232d9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-18.data
SPDXID: SPDXRef-item3692285
FileChecksum: SHA1: 66ba9126833a3f8f80304108da7da662acca9243
FileChecksum: SHA256: f01e00e4c2f087a41ae13b1f31157ef3025ac66e9339730d958d3677aa3ad372
FileChecksum: MD5: 0b3bb4cbc184c04c5c074f8af88db89c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/undefined-constructor.loader-error
SPDXID: SPDXRef-item3691774
FileChecksum: SHA1: 8c43c8b9100967dfcc5062567d6cd9bec603cba6
FileChecksum: SHA256: 51949c1a2006096b9dc0aa6a22562a93814db5e82dd79f878f5752426cc0a766
FileChecksum: MD5: 80142ac795e42a192049b929c02c65bc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-01.skip-ext
SPDXID: SPDXRef-item3693984
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-merge-key.former-loader-error.code
SPDXID: SPDXRef-item3693719
FileChecksum: SHA1: 955a1deabc3664230d575cec120cc6fa72410a33
FileChecksum: SHA256: acfa5d4feb67c77531c211185befb25207dc2b0a2d1e32954e0931ccd377a112
FileChecksum: MD5: 662056a3ce33c3f0c988d5ce3d3ad34e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/float.detect
SPDXID: SPDXRef-item3691135
FileChecksum: SHA1: 5602301eea6febb1bf2f1ff71203fbcacaa10e4e
FileChecksum: SHA256: 5ee7301dce3380bc1d7f0bf2806a36fe6f4a2a07f02f28b34c365a4cba2e2cf2
FileChecksum: MD5: 6be147323dccebf28184c2340ef078d0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/int.data
SPDXID: SPDXRef-item3691948
FileChecksum: SHA1: d68a79db6f385f4e9ca9b0f786c09d550fc00bb7
FileChecksum: SHA256: 16152aeae52a01e910aac2b4f5e9b5844b67cd8056461f1033436357db612841
FileChecksum: MD5: 5edd1d12d304fac7eb00f0526b893491
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-10.canonical
SPDXID: SPDXRef-item3693206
FileChecksum: SHA1: 8ff928d053b0eea1c5376d54909b046110873d1c
FileChecksum: SHA256: f5bdda172f85f6b0a17bc78713d08be345be7479495832e6f494de6c3b8319ee
FileChecksum: MD5: 231dbe71bf241cca8693e5cd1ee3eb2b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-15.data
SPDXID: SPDXRef-item3690899
FileChecksum: SHA1: bb9905a2c19e133a55a310f4350f41ddda7f1a89
FileChecksum: SHA256: edf6ae4d70881071f648c1f4367985f1e3e33bb2a018709bc31f607fce356820
FileChecksum: MD5: 6f1978fa2c7a70e7a1e4e74e3c78bde8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-alias-anchor.emitter-error
SPDXID: SPDXRef-item3690730
FileChecksum: SHA1: cb7fa939516e239d6f5f0ca5c66953ac3d41889f
FileChecksum: SHA256: 5d8f7996aed4d5851645c80ebf3cca4a0778d4164aa70a4d96febb11b2a3f1b9
FileChecksum: MD5: 507e70a073dde9c5bf4237bf2490193b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/utf16le.code
SPDXID: SPDXRef-item3692814
FileChecksum: SHA1: 514d68255b646047a9c6a21d151e5edb432b1a68
FileChecksum: SHA256: 55e9bbcfaae08cdebcb6074df20fe0f368143dd23c332b37aee141963441c1cc
FileChecksum: MD5: 0b322af5a66c13ada354cb51ab4ee0a0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_mark.py
SPDXID: SPDXRef-item3690549
FileChecksum: SHA1: e25a2cd314fa178436277822e70797ee805ae1f3
FileChecksum: SHA256: c67d539078bc6cbb3cc8959eddc86bd21051df1f224025ab226e57cf54a11ef3
FileChecksum: MD5: a76ae8b14d383c3edeb964febd3b5aa9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-14.error
SPDXID: SPDXRef-item3693272
FileChecksum: SHA1: 81ce5b447e8619d2210ad3d122be190142efb0b3
FileChecksum: SHA256: 1ba195540a214ffd55f0fff094937f88abccee94866da50597655ed2689d028f
FileChecksum: MD5: 11131b786013874035135e9185f1876f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-23.data
SPDXID: SPDXRef-item3694228
FileChecksum: SHA1: 0b19da5ee5888e22514cc27f66d1ece85e7fb3e8
FileChecksum: SHA256: c1517394d09668f1a6f264210e8241ce297b1bcd028834aa3c3a86b8a9fb4c59
FileChecksum: MD5: 8ae3fa1f0083cb440065971be2a322a1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-17.structure
SPDXID: SPDXRef-item3691424
FileChecksum: SHA1: cadff3d34848d4280e84f99013c330532e1036fd
FileChecksum: SHA256: c04a927eb5dfb8bc4ac8d2e307a4ff012d35537bce58461b466b91f5b22ed556
FileChecksum: MD5: 7106e5c23501b7644c9e605eda70f7a1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/serializer-is-not-opened-1.dumper-error
SPDXID: SPDXRef-item3690636
FileChecksum: SHA1: 85207abdeecee9e3f18dd3d1c1304d0b12288b7b
FileChecksum: SHA256: e4d2e105a221273f8705f8320c98af8fcacfdbecc17fb539599617f2a3b8ef42
FileChecksum: MD5: 190bf12aa3ccdbabc812bf565ed2ad7b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/_yaml/__init__.py
SPDXID: SPDXRef-item3690496
FileChecksum: SHA1: 059550643cf273e833d67730760f2922000c3e5c
FileChecksum: SHA256: d3801eff9a2cc5a8692476b75c165401fe308ba5d7df6811f03e97ea9eb81840
FileChecksum: MD5: 4d2710b3db8d4ea3fd88ec6bc0129627
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-13.data
SPDXID: SPDXRef-item3692710
FileChecksum: SHA1: 882d616188dc0d6676dbe5aa7e8aea334ed8213c
FileChecksum: SHA256: cd2ed129adbc650358b18db917a880d380e6da29606af40ca2bbd499c71b938b
FileChecksum: MD5: a7cec9debd7b249848cd1f0c0e9ab85d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/recursive.former-dumper-error
SPDXID: SPDXRef-item3693505
FileChecksum: SHA1: 9e3d13f308877527541d51575e12d166938e8aa4
FileChecksum: SHA256: 9e25338d5370c948ac9518427d21117a6b60378aad45fb343c8caf241b7ce3e7
FileChecksum: MD5: f201f78d4f690dc98be8c7bb1cb9d245
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-tag-handle-1.emitter-error
SPDXID: SPDXRef-item3692496
FileChecksum: SHA1: 0d99fa434f2edcd8a4a6b88ea94886e9f9bb619d
FileChecksum: SHA256: 1d078e022104b9984780c69660d3a2947d49711462150862a9e9b5df147a5510
FileChecksum: MD5: 1e3b352a7654e22c27a5c39de820c55c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-25.canonical
SPDXID: SPDXRef-item3693463
FileChecksum: SHA1: 2ec968b4a3013e4fc1fcc8f959c87e67069f6244
FileChecksum: SHA256: d067484a2052b08662c2bc8252c59e4aabf4b328c391b9a3c269f6aff9f6e455
FileChecksum: MD5: 23c2cbe543face4da3caf576c71bed7f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-pairs-1.loader-error
SPDXID: SPDXRef-item3692724
FileChecksum: SHA1: 05badabb30f06fc9f2d60c746ca7bcc0e4431a84
FileChecksum: SHA256: 91bf55ee6249cb8a716069358285599f8266392da51852288ec8b8517861bcbf
FileChecksum: MD5: a26d5034cb475cd34c001c08837f1b5d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/document-separator-in-quoted-scalar.loader-error
SPDXID: SPDXRef-item3691255
FileChecksum: SHA1: 5a4812b5b06ab0d735060d6c4076ec1c36c685d6
FileChecksum: SHA256: fe5db258493248650df41badc0ee1f7be8183792168bfb8e80bdebaf2c9d9a12
FileChecksum: MD5: 83b59875fdcc9753d78056b5e4fdc862
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-single-quote-bug.code
SPDXID: SPDXRef-item3691503
FileChecksum: SHA1: b1d6b1a705f47f8e590ae0d6aedbe9c1be69d2e6
FileChecksum: SHA256: a7faaa12aec1a783adf98bd149726f637f5202bb8b519070e95d34fa958e0fdc
FileChecksum: MD5: c65724dae57163b423f2d7f36df2b5d3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/cyaml.py
SPDXID: SPDXRef-item3690446
FileChecksum: SHA1: 2fda912527187aeec8199a9d540c6b93fc7ce5ee
FileChecksum: SHA256: e99ac01bd7c062f7557b614aff0d21997a06ed962ca185306a91bc0a20bbd87d
FileChecksum: MD5: 601ef9aed47d0db72c34206680e2e344
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-02.data
SPDXID: SPDXRef-item3694187
FileChecksum: SHA1: 995cd48519883336f819ca1e4ac34426f4a09b69
FileChecksum: SHA256: 69e654e8c322bc49749ee965f0a09d7a99b85185048e02eb1c3ff066d5e8ff91
FileChecksum: MD5: 2799c2d80b881c65abd2c5882e9bf8b6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-indentation-indicator-1.loader-error
SPDXID: SPDXRef-item3690694
FileChecksum: SHA1: 9385daac9c871a6e0417e5f288c73c9ccf35bc05
FileChecksum: SHA256: d456a97506969a4f889d1cdc67d6d99adb2bb23985f3d565a7cb3f34c84072ce
FileChecksum: MD5: 6dd24e8e566e71e5856a8d734ae2dae8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-05.data
SPDXID: SPDXRef-item3692129
FileChecksum: SHA1: e704fcdb2e99205bb868fcc074590b732b416f8e
FileChecksum: SHA256: d20c0f6969f2abf9b509314cddaeb133b9dff085a88ecf9d0161316613272406
FileChecksum: MD5: cc3853d86d26c7b3fc80ad20f7e49021
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/undefined-anchor.loader-error
SPDXID: SPDXRef-item3693844
FileChecksum: SHA1: ca1fc83ecf6dc0e2f86ebc073e73f4484fb30bd6
FileChecksum: SHA256: 9ef36ab3ae3dc9ea44bb5b22cac60c98f9ee640a5e32fd8b7d343b6f909755d1
FileChecksum: MD5: 81e70e8a87ca8a66a8d2390d13f9e2d6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-anchor-1.loader-error
SPDXID: SPDXRef-item3690916
FileChecksum: SHA1: fc3b7ac28f06ee007777c74079181e050709c17a
FileChecksum: SHA256: cd56582a98f7e7d6e8d03f5ecbf85294e43929f4b1130ec35576c295f3cb24a4
FileChecksum: MD5: dd8b2480235c54c8a5a12fcb9da4f24a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-01.data
SPDXID: SPDXRef-item3691464
FileChecksum: SHA1: de8435eb9090588d7a72917bb642f13d1de65a8e
FileChecksum: SHA256: c227ff4bb48e180971181a20095a458519a74d64d77e341a649f634247fc3f73
FileChecksum: MD5: 18ddac2c9221f526d5bf1f87f01bc51f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/utf8-implicit.code
SPDXID: SPDXRef-item3691991
FileChecksum: SHA1: 80de8868b547acc04cd585165e377a0eff61988a
FileChecksum: SHA256: 74843d19779f7795c4cdaa83d1f473deff42c88b246ebb0112efe8d2ddd8b0f1
FileChecksum: MD5: 6c384a81b98cee47ce7e661326bccfb3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-29.data
SPDXID: SPDXRef-item3691575
FileChecksum: SHA1: ae5420bfa063a5997c8ea7d03d0f2c3f2257a6e6
FileChecksum: SHA256: 5c9063013d347cc121e4b0177ec0e86f5f499d7dcfe4cc87c5209165c1500a3d
FileChecksum: MD5: 89140ed05c03b31b4baab5267e27ebc5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_errors.py
SPDXID: SPDXRef-item3690564
FileChecksum: SHA1: e8cc6a33b3bff1d7a37368580654c925abcc4416
FileChecksum: SHA256: 148f37ed296ecf04d87d3567bf4a0250e8364c2700f2bdff805f2865dcc9ec34
FileChecksum: MD5: 5fb455d7b6c7c8d7a9bbb056daa3c97d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-10.structure
SPDXID: SPDXRef-item3693455
FileChecksum: SHA1: 3de1fe4fba7f86fc4acb63c6552af4d43d459cb5
FileChecksum: SHA256: ba3e9a8f50a92ffc988148687bceaa72933fc9161e32c89dd750dd8e3687aa52
FileChecksum: MD5: aefd2c98727de8084b1e60a6c6f95a9a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-05.data
SPDXID: SPDXRef-item3690926
FileChecksum: SHA1: e643db20ca60d23df0a26176a77709dc6dfc16a5
FileChecksum: SHA256: a08c986307e9ae10c564d0f32f4dc95fe6ee01df045d681e08ef6e1057dbe477
FileChecksum: MD5: 3a5a7faa5e30f540883e20b448ac9611
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/recursive-anchor.former-loader-error
SPDXID: SPDXRef-item3692875
FileChecksum: SHA1: 654b4d3404d1dab34b1f33adb63ed5fd0b7327ee
FileChecksum: SHA256: c2beae447a0f2b14827bb7f1e9c82d65d459f1631ec53e6b7637443aa288c18c
FileChecksum: MD5: 7b2a6fb0114419075355d6fa057439c3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/mapping.sort
SPDXID: SPDXRef-item3692979
FileChecksum: SHA1: 2ba8a26c24014117cc5f0dd87ee79b146d7e0409
FileChecksum: SHA256: 2fbb600abd3ab6aa3a62120d3bfe0eb6dbfa21fd74989d39fb7a336d6b8c4933
FileChecksum: MD5: 949808bd9ef4e8a0f342aef01e46fa8c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/bool.data
SPDXID: SPDXRef-item3693804
FileChecksum: SHA1: ae397eb77246a7614a990201e6bb7e60f918a5c1
FileChecksum: SHA256: 2f679f9a12f2106f88231d7ec73181ccec31e8c5c0337819f944a5b18e0b6490
FileChecksum: MD5: 60031885654f296e0cd1742045d97968
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-06.data
SPDXID: SPDXRef-item3691809
FileChecksum: SHA1: 5768a0287bd42ae706f7fa38fb774a79fdc17dcd
FileChecksum: SHA256: 8dcef304905f55df4f5a778b383d0b42b660b77d29bd2d126aa843c1ddf12702
FileChecksum: MD5: 2b923ebf89528f78cde2f0e63fbbf1e7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-25.structure
SPDXID: SPDXRef-item3694067
FileChecksum: SHA1: 2a617883b5651cb2aaf79c9cc83a4bd923341a87
FileChecksum: SHA256: e73e1067bb494fd4c6c6667680c378ea6dc9fee18bde9cd05c92d96d36c673f6
FileChecksum: MD5: a67e01f3ea2018663e930945702b1a2c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_build.py
SPDXID: SPDXRef-item3690584
FileChecksum: SHA1: b6bfa6e3be9ede4a9e46b33aace4260c2862c4c6
FileChecksum: SHA256: 2d90bb19460a556b14038d5b3ac845a0374d96088c54ebb4127563752b35d378
FileChecksum: MD5: b52eb9419b7309e35bc9928f1c5919bb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-custom.data
SPDXID: SPDXRef-item3694179
FileChecksum: SHA1: a6f75912a5dbde0672e02a755d2830084f79c050
FileChecksum: SHA256: 4702f3de7fab1cb992594a8854c2c800fd59ed9a0cb9cf2ac7c93789f4842185
FileChecksum: MD5: 9a56b13999e6648da4203af080d60a21
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-17.data
SPDXID: SPDXRef-item3691087
FileChecksum: SHA1: 2f807602c2817580cffdda76c7c731a07b124bde
FileChecksum: SHA256: e3f55ae915cc7808d4cc7eaf2db70e8390f4f5992d2fecc130cc7e1bb3aaef1e
FileChecksum: MD5: 2d5bc72d61f3ce60f2bb72292c2de180
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-14.structure
SPDXID: SPDXRef-item3693411
FileChecksum: SHA1: 819d8d12aa1612732dcf9b5427b0ade0b1aa866b
FileChecksum: SHA256: a9ac0c3ac83c40e1b4c3416066d63d324ee9f8c144641dfeed72d140b6557245
FileChecksum: MD5: 2367d0d41ba13117405dfa47fdff7b3b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-document-start.loader-error
SPDXID: SPDXRef-item3693828
FileChecksum: SHA1: e9d46db4c49ed913861573acd60e8c0b7ea3bd35
FileChecksum: SHA256: 7691e95d2ac0ea755327df74d5d2235cb390b5c6356b3bed8832bb1a1b0863d8
FileChecksum: MD5: 95176e45e265c9f2ef45ba0d311e4d4a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-04.canonical
SPDXID: SPDXRef-item3690716
FileChecksum: SHA1: b6038b5ab144f9789060328ef3da12c7b40163d5
FileChecksum: SHA256: a609ea15febc1c92e0d35efc25aeeb898910d13ea361d924cea537b6d1585032
FileChecksum: MD5: 7871eb8681d7f4f8335287a7cb1836b2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-01.canonical
SPDXID: SPDXRef-item3692236
FileChecksum: SHA1: 4f649deaa6152f7af36219964b31f73c6d12dc7c
FileChecksum: SHA256: 2b42038d80c94ac31bf9729ac7ad131b9b11640769beb1034da9414ec202965a
FileChecksum: MD5: b5e9635f6b92b730a553cd004166bcd8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/scan-document-end-bug.canonical
SPDXID: SPDXRef-item3691559
FileChecksum: SHA1: 35f6414b1ecee15f2f42013ef4b56f7b52b627bf
FileChecksum: SHA256: b15ccbd20764a6383965076b98de34bdfe42b57b55b7b8c35fef0fb9657e0906
FileChecksum: MD5: 7b6493ca151e365e6c6006d66b21b01e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-20.data
SPDXID: SPDXRef-item3691787
FileChecksum: SHA1: 3bbb8fa4c4d26436ba7c750b89e5e9459ca4bbd1
FileChecksum: SHA256: 62cac0c6110cef183dcd1dca70f0cc4a2389a8d29b5d799f1b09b0f846075f4b
FileChecksum: MD5: 723988a63de18d1139c17fb497c5e7ef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-17.tokens
SPDXID: SPDXRef-item3693678
FileChecksum: SHA1: 3df536975f322af77d23551dac0ca0c4d343e8f9
FileChecksum: SHA256: 1eb4cc260f552364b38a6cde2d07c516cd477846123823e9f367dfebd3c0086d
FileChecksum: MD5: cd2a53ab8329e4160ce334bd430c6c77
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_yaml_ext.py
SPDXID: SPDXRef-item3690529
FileChecksum: SHA1: e11695cfd7b26ca1a1b8e831f7e088d0f8aa4184
FileChecksum: SHA256: 8cb351ceb1d170ff9e1c387b7c4b068ca0246305447eacaafba9ec7dec284236
FileChecksum: MD5: dcd47faf439b971e5ae0a5eaf0abc981
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-05.data
SPDXID: SPDXRef-item3692190
FileChecksum: SHA1: d39f9634d7cce1b94a42e3ee7f1fe57d0f188e62
FileChecksum: SHA256: 9b6680f61381222e980c836027baaa64dcbef52a5b2f69f520ca9bcc8678da9e
FileChecksum: MD5: fc647ba0274e80687e077cd6097f94bc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/scanner.py
SPDXID: SPDXRef-item3690427
FileChecksum: SHA1: bae8d3fc1cdd891f0215d5ee36df0554cfbfa877
FileChecksum: SHA256: 60433788b652690c17710460da5d91e0c753d3318fd85f5e1e42862a71f25906
FileChecksum: MD5: 429dc0706c6f3606643a8ab749fd6f8b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-23.canonical
SPDXID: SPDXRef-item3694136
FileChecksum: SHA1: 14a1d3b4969b47e5063295c3bed0a89f5ca69420
FileChecksum: SHA256: 034f0f0eff27069e16d72a9754b1af0d35c3b7b44f1af47c5b53cc9fe7218749
FileChecksum: MD5: 14bcc32cca6b8a3b947dc8b8c873d1a5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-python-bytes-py3.loader-error
SPDXID: SPDXRef-item3691194
FileChecksum: SHA1: 6194e67894c06c807c03361caa7d620e021f78d1
FileChecksum: SHA256: 01d67a1e64b3f3b651d48501c5792ae509c61ea2c42fef44d490d168e1f407d3
FileChecksum: MD5: c7fa455a1cca386a37effe277c90fa43
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-null.data
SPDXID: SPDXRef-item3690986
FileChecksum: SHA1: f636079993224cd8614bc7a72ff65663654fadeb
FileChecksum: SHA256: bfd5c46b39e279a804e6e0c2269fa103dc8b78f1b3769bc9f80a89ddf8d543bf
FileChecksum: MD5: 6a0d8ad19005a07a977eea03b10e82f6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-python-name-kind.loader-error
SPDXID: SPDXRef-item3693614
FileChecksum: SHA1: b288a561080b93b67146a83a5bed25420d1ab402
FileChecksum: SHA256: 5c82cc717775dfbb16e3f445d76068ab46f6d65c71a89663524111b313c384e5
FileChecksum: MD5: 6a96a1b6ef88aaabf9494abc1b6f323e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-unicode-utf8-py2.code
SPDXID: SPDXRef-item3691825
FileChecksum: SHA1: eda71699245f2eaa9d67834be72122caf9aeeee9
FileChecksum: SHA256: 5246f184b44a02bb9b4fede39657cefb27002d2e6746f341c2c2fbf003088e95
FileChecksum: MD5: 2287f9c9d37155fc7ffd33b4ff458c6f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-01-utf8.empty
SPDXID: SPDXRef-item3694266
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
FileChecksum: SHA256: f08139fef939afb0a706afa4440c0ba77658beb61b7498db11f43da9ac242655
FileChecksum: MD5: 1beca2d4559311b172d46b9120598616
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-python-module-kind.loader-error
SPDXID: SPDXRef-item3692772
FileChecksum: SHA1: 7102849f6a5a53522d45d81a382fc87d89092d90
FileChecksum: SHA256: 2828f2be09001b0f976bfac3494ac45c1c33971754b73a0e4dd4ddc875056eb3
FileChecksum: MD5: 95ef152f813a5dd4b9fe80be83db5b20
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-12.canonical
SPDXID: SPDXRef-item3694128
FileChecksum: SHA1: 4f350458242e19a1d576434ed30c9fc0f7154913
FileChecksum: SHA256: 6c6552dc5352bdd88b2dd921ad214c043c435fa21ad42b940e8d1be306851492
FileChecksum: MD5: 19049c3ef34fce66e33850a3bd974231
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-05.data
SPDXID: SPDXRef-item3691699
FileChecksum: SHA1: 6135e6dae1bfd08b37d33095d57547f4e0737a72
FileChecksum: SHA256: 2d23bf8967eb61d8a56791c65b1559aa27ffaaaacb63f15661f030312d9c8b42
FileChecksum: MD5: 8b5a1fc5e9cce3bc4c06b2514eff62bc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/nodes.py
SPDXID: SPDXRef-item3690404
FileChecksum: SHA1: 1cce0c53a0aa1633ccd99cb925efcb0e6716b27a
FileChecksum: SHA256: 80f28d8fca4a09d87677882bde021820d9cf39a3b11a12405226211919cf13ce
FileChecksum: MD5: f6e521b283d7539fb2bd48cb5ade5365
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-tag-handle-2.emitter-error
SPDXID: SPDXRef-item3690977
FileChecksum: SHA1: 306e2f564d725643925a509a85d9538aa45016a6
FileChecksum: SHA256: c0a446a57ef95a0c8c483b33603d1f5f35092971ee8e86b48820774ce02225b6
FileChecksum: MD5: 82b701da9c3bc1048c68ff5f06a8eedd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-python-module-value.loader-error
SPDXID: SPDXRef-item3693307
FileChecksum: SHA1: 5820e9b1cc74c99d57968749244c1adfbb25c2e2
FileChecksum: SHA256: 735f46845496cce4c3be275765220016e7891666409003a840e6be775bf3ccbd
FileChecksum: MD5: 1d2aca03de5998ad1ae7132ebe5dead8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-node-1.loader-error
SPDXID: SPDXRef-item3690705
FileChecksum: SHA1: 3919ae8f1090b4df2643c82a4f6f20d0695134f1
FileChecksum: SHA256: 5c0d36c3836ddd66514ed21cadbee020163c7e7638c98c7f8330b38ff33d1009
FileChecksum: MD5: 0795d776bc70b0877e375ccf9c0abf11
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-float.data
SPDXID: SPDXRef-item3690941
FileChecksum: SHA1: 8773e2f9d562071f17a3d8f7c59838c4f9c08d0c
FileChecksum: SHA256: 112e51e6c91c114ff6cad2c1bdc9e2e9393de3ee0ee873327ed9686063e3474f
FileChecksum: MD5: 6963e38e38b521ca00c562c827d2db18
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/yaml/__init__.pxd
SPDXID: SPDXRef-item3690344
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-value.code
SPDXID: SPDXRef-item3693554
FileChecksum: SHA1: cb5a228f4867244fb93e45749efb94326657ae9c
FileChecksum: SHA256: c85220c59f6b358ebd69746e7901b440a67087ca146a4c8df907dd028614682d
FileChecksum: MD5: 7dd942aff57c49eb52c0c05f6d6d8ed6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/pyproject.toml
SPDXID: SPDXRef-item3690515
FileChecksum: SHA1: deac533de3c61ca3fe3dcdffde135991675277bd
FileChecksum: SHA256: 5613d822f118d73c1d2a29b5813fbccfc264ce02b4eca9cb68c9dd6a3167aded
FileChecksum: MD5: ba5c096a2ea8e82f3c289ffd264dc6b6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-omap-3.loader-error
SPDXID: SPDXRef-item3692924
FileChecksum: SHA1: ac75cec2dc2846457789ad28de83755ebe827752
FileChecksum: SHA256: 3541009581ef3c60341b890842e04ca7dff929eb9d834df20bf88cd4875cfe13
FileChecksum: MD5: f525d9aa532cd2c5ce3c52bc76fe6b17
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-04.data
SPDXID: SPDXRef-item3691010
FileChecksum: SHA1: 21dca94c1bf0e851a94cc670e6ca18e6762da205
FileChecksum: SHA256: fb446cdf6e7ccc70c035b66c96f68c96a19d79f47673eaec7f61fa48eb9e85ec
FileChecksum: MD5: bc52308597ff301b3042066a37a452e6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_input_output.py
SPDXID: SPDXRef-item3690558
FileChecksum: SHA1: f5ef7de97f6f4ec9e908157a9cd3f3e887f0076d
FileChecksum: SHA256: e94d61eca8e224ef0b4c0034487382e24c6079e1e0f09db5225b07ff3b8ea56d
FileChecksum: MD5: 62c4474b75b86249002e76877ced8b63
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/explicit-document.single-loader-error
SPDXID: SPDXRef-item3692366
FileChecksum: SHA1: 11f28f5f9245ebcce1f025a5c917f48c9972a7be
FileChecksum: SHA256: 8d49908611091297e4e05c089f64acc13a6962fb398b7ab373609c98112ffa87
FileChecksum: MD5: 61db41efbb895354b4b2579e9da9206d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-21.tokens
SPDXID: SPDXRef-item3693513
FileChecksum: SHA1: b9de68be2eab618a4ad69528012dd221fbffc736
FileChecksum: SHA256: 3ca923660d23d1fa96882c51e952aadbfbde14b8ca3fa37e2345c2052174842e
FileChecksum: MD5: 67039a737bb7a2696df0ea6e5a37c325
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-12.data
SPDXID: SPDXRef-item3691026
FileChecksum: SHA1: 6905daf77aa72f63ba2af64925ac956b1b0cf61f
FileChecksum: SHA256: 7d16933e4b1732380dd8102a18d3f2368c46f3d04f3e615a3e6868c712e4fba9
FileChecksum: MD5: ba94fc6ac0c71aba75e5d68a3b2976ba
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-15.data
SPDXID: SPDXRef-item3691377
FileChecksum: SHA1: e8b32d4a45b7131e9b8d5d4d3263dc3424625176
FileChecksum: SHA256: 61621332dd475100a09bc58b1d00189450ef6da09922d344664d22a194786df8
FileChecksum: MD5: fc6468509e854b691a448a7990decc64
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-02.data
SPDXID: SPDXRef-item3690796
FileChecksum: SHA1: a65dcee0e6b367b0e56dac0c00251e947fada8d3
FileChecksum: SHA256: b380f6e7ebce3b2ecb2382bc001b3fbdb0c9790bd08f243785dad90a91f54e32
FileChecksum: MD5: 2274c893137d7eb2db2cc79007ab06ca
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-05.structure
SPDXID: SPDXRef-item3692467
FileChecksum: SHA1: 5c981217465e140b175b178189dcb9c7e33c4d18
FileChecksum: SHA256: cd57256c358e6e6106d376b307a5ec034bf81320ea5aaa6fd562e71a64d3dc92
FileChecksum: MD5: de0febe52e6251eee06d728dd9e6e85a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-07b.data
SPDXID: SPDXRef-item3693395
FileChecksum: SHA1: b74fa260551efcd37175af359460cd07341ae2d0
FileChecksum: SHA256: 63ee95ba73f353a4997aa0c7b950807837d25b08e3c05d3e661f16b77f7b2df9
FileChecksum: MD5: 7f65da172a452ec88fffe2e7c0441977
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_yaml.py
SPDXID: SPDXRef-item3690531
FileChecksum: SHA1: d3067ef6f8879ba74162bdfc68f24447bb3ed2f8
FileChecksum: SHA256: 33f7e37e5fd10041f0b44e306fe9ff246399ed6ec606ad97e631322b6d3b71b2
FileChecksum: MD5: 961660ace48faf3f308e92f6bdcd3089
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-28.data
SPDXID: SPDXRef-item3692095
FileChecksum: SHA1: 7d4f6c721e37d0896b4922720c99bc498cca9ceb
FileChecksum: SHA256: 1269aaabb240fd27bfe3dc8a479475a0b76cfadccc950a8234510198aad25cca
FileChecksum: MD5: cbd9c56e2d4dbbd61c81d2232e67b24b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-merge.code
SPDXID: SPDXRef-item3691868
FileChecksum: SHA1: 551231c19a00f38a3a12363a81c48c29769392f8
FileChecksum: SHA256: f243ddc9d3865a7bfaad329f06dd05475272c5b5fafc7071c8a411b9570767e4
FileChecksum: MD5: 6e3ffc6a397cf802db9314615a0a6d7a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-10.data
SPDXID: SPDXRef-item3691128
FileChecksum: SHA1: fc4c48fe5755e1e9d7cadc3f2057eaf8c153bb27
FileChecksum: SHA256: 957829272eea11f2106e345d7dc03a8ec29c544a027a6b9e542124f136224605
FileChecksum: MD5: 3581376a9ba4e24c8a8ea2fad05be701
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-str.code
SPDXID: SPDXRef-item3690791
FileChecksum: SHA1: 919d038cc7683288b7e2a5ced92ae2ff696136be
FileChecksum: SHA256: a3e48e5893beff639dcebc13014bf7a409c080be828ad04fbe15a0746c78863b
FileChecksum: MD5: e5a6febdf1972a99eb78565223f88146
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-unicode-ascii-py2.code
SPDXID: SPDXRef-item3693005
FileChecksum: SHA1: 799a1611330e0d25b1126d811ccd4c0939088b01
FileChecksum: SHA256: 1f3ddf1445a70e55984f5c5d465ba186f8317ab04ae70f0d01c1327e77d0b240
FileChecksum: MD5: 8f34cc8662906ee768df1476c164d95c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-25.data
SPDXID: SPDXRef-item3693287
FileChecksum: SHA1: a7414865d69e3a62c4108592a07ddbea3698dc6a
FileChecksum: SHA256: cf09a192cbebc5833359e2ec571731f7b2dcb5a36a6b99bf8382f2ca034576e3
FileChecksum: MD5: a7d8586d7f1fe9f7465627a8845e52f4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-12.data
SPDXID: SPDXRef-item3691611
FileChecksum: SHA1: 074947d7f5be0b1bdd40fb9cc2b0d55a3a430826
FileChecksum: SHA256: 818dc792af22026fa44b806aca19f77e0a46ab0381cd6ff1db062ee5344bb8f7
FileChecksum: MD5: dc7436f18c925b2750f7eab597ff2d88
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-12.canonical
SPDXID: SPDXRef-item3691567
FileChecksum: SHA1: 97ca4dcc3b38aa56668ec94f342ac05f962aa78f
FileChecksum: SHA256: 25880062054192785851b648ef547070771c64ea7a1267815c7b66d93f4b6939
FileChecksum: MD5: 7305e8f5f647cf4fa01edf52b20c4bdf
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-02.canonical
SPDXID: SPDXRef-item3694008
FileChecksum: SHA1: 78488b7e348dd374ab4bb3b9bf6b8a6e28fa364a
FileChecksum: SHA256: 46288b355daa17f0c219e8a6be1b1dcd1044beab2c9cd0531fdb29374a7745be
FileChecksum: MD5: 9d0afcc1ee2747ed30415fed00be977e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-null.code
SPDXID: SPDXRef-item3691820
FileChecksum: SHA1: e5a2feaae6c64ad7d8d26b73bce86531f5a10201
FileChecksum: SHA256: 56654438c131f6054a27fe197ec29c27377e74da42a370f1c0e7aa41f049d51e
FileChecksum: MD5: 67682eaaaf1372c03aca955f8e141051
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-26.tokens
SPDXID: SPDXRef-item3691880
FileChecksum: SHA1: f4b9621fac629fa0630f346092915a8083e2b084
FileChecksum: SHA256: c2d032872757faa6d2878834872f3a236060c3fb53827107e468b2e8d5c2c490
FileChecksum: MD5: 68778e0c2bd13b3104ca64ef704dc5ea
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-10.data
SPDXID: SPDXRef-item3692751
FileChecksum: SHA1: 6bd97e9c0d4c05fd697bf88eb0b809c708fe4028
FileChecksum: SHA256: f93010baa66357a442cb348ac3da207ac24953fd23f9c7a2b55f2fee43267146
FileChecksum: MD5: ec2ddbfb0973c7c3b1e598f12f02f8fa
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-04.tokens
SPDXID: SPDXRef-item3691302
FileChecksum: SHA1: 08f4c8fab74522bc0b7615214b3e04ad378ed3f1
FileChecksum: SHA256: f948a46105696f46acf18c2c3b949ddfe22710afaed2bd3b0952f32dc222b075
FileChecksum: MD5: d19c1643215122593561b7fe5763d3f1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-tag-handle-1.loader-error
SPDXID: SPDXRef-item3693086
FileChecksum: SHA1: 4799c23383c5e070fc48a2bb9fbbad4e0896f983
FileChecksum: SHA256: d325db4ed8e0b2fe5605f914812eed5d1a83e0c1dfd0aed9566c93483bef2672
FileChecksum: MD5: e10b3e9b0155b1826b450900a7ba428a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-02-utf8.data
SPDXID: SPDXRef-item3693184
FileChecksum: SHA1: 23efd062cfe16f71cae7382b4ac2aec714a02511
FileChecksum: SHA256: 7b18d2772b4d58ae1d1c3389603cc73694ff75fdfac85ff78c900b10cb99b5e6
FileChecksum: MD5: ffadab35b5873bc01ba8fddbd9a70263
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-30.canonical
SPDXID: SPDXRef-item3693861
FileChecksum: SHA1: d3656025178d76d7b36ba3d17e0d20d615ce1bb9
FileChecksum: SHA256: 3b5c6eb2e1d54029617f02f0485eac03bc831049f4a986c05cd469baf611fc2c
FileChecksum: MD5: 5ace5f92507ec18ae198a267b6a65306
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-04.data
SPDXID: SPDXRef-item3693097
FileChecksum: SHA1: 817d96f07ac99458fb58a07118812bd4fa8205b7
FileChecksum: SHA256: 56699acd593bbc6f26fa446ac806a4d3c14d38524c0462fae386e8fea8409421
FileChecksum: MD5: 11de9900074a01e5d123712e8abdea52
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-tag-1.loader-error
SPDXID: SPDXRef-item3690768
FileChecksum: SHA1: 8ed758d4566435b8251f5aa492ee3702a506056d
FileChecksum: SHA256: 43692b14f71cbf9d7573ceadcb3f94b7c8a810824cd66615388f33bd04b73cb2
FileChecksum: MD5: e4683a25de1da18ea45bb6dc639a3a3e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-directive-name-2.loader-error
SPDXID: SPDXRef-item3693999
FileChecksum: SHA1: 7ddbe5ff56fad554d50ef5c349068b84c0fd6e2b
FileChecksum: SHA256: 764782a74d0c189fe3361bdf6547c03aef48a57aa90af5589eb8f3f9254bce5f
FileChecksum: MD5: 2b708bee70accea2c5e91cc9eca0ad3e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-name-module.code
SPDXID: SPDXRef-item3693073
FileChecksum: SHA1: b010b2fe505d746981383a98364d45b8407153c9
FileChecksum: SHA256: 77281b2c0699a0b9328256778936b0544e215d235c84d0dfe96f6967ef17580d
FileChecksum: MD5: f32fa9a8cbd7579f2909e8c9aaa8e29c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-03.error
SPDXID: SPDXRef-item3693881
FileChecksum: SHA1: afa1ce77f29f81b87362fb7d181e95379ec3d8d1
FileChecksum: SHA256: e5d62b1fc5e488f318739970dc3ccbe84044da1a1e997b8dc86818ef9438be8d
FileChecksum: MD5: e6b068dffb06f67a6322a7c37cecde1f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-07a.data
SPDXID: SPDXRef-item3693594
FileChecksum: SHA1: 1ef38156e172b7e9cf8b1b05a6cb66a7b398e108
FileChecksum: SHA256: 8f5b4e2a27ef1e48f3b75c6e56bcbe6acf65aaebb13a90d5497252bee1cb47aa
FileChecksum: MD5: d61afa6eb92b8f517f452c2cfdf6fab4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/reader.py
SPDXID: SPDXRef-item3690433
FileChecksum: SHA1: 9b10065e9a5ea3b0b117716a7e15fbda23a7787f
FileChecksum: SHA256: d1d9b38ab3a20c6e17a38d519ee412ecaf6b918df18c78956ac7c330d4ea08dc
FileChecksum: MD5: ad6598cbeb6f768738d992fd6a27f1a4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/unclosed-quoted-scalar.loader-error
SPDXID: SPDXRef-item3692375
FileChecksum: SHA1: afa27908887d1df96458b9ca7189c048c73bd34a
FileChecksum: SHA256: 19b823c4dbe72c4f25334e2175b2c2cdc6598650d58acb90c4799b3922365240
FileChecksum: MD5: fce161dcdc0700b8599a217b14181c13
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-bool.data
SPDXID: SPDXRef-item3690658
FileChecksum: SHA1: 659b25a5709523487a6c4432ffb04bf866d304d1
FileChecksum: SHA256: 09f42e9d46130d4b3bc97dab35b97457acdfe296e1d4b7810ad94c0c8b7db443
FileChecksum: MD5: 1d1c544915de63884d5854833ef7741f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/documents.events
SPDXID: SPDXRef-item3690924
FileChecksum: SHA1: c0a6bf11461dca3dbf4f0db2c6a21ea0ca1f6f86
FileChecksum: SHA256: f874289141036cea348cf72dd59a164499528d17dd3e32e1ba0d6b8d8fd2e724
FileChecksum: MD5: d66b016db879996fbe03dc2a32e6bff4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emitting-unacceptable-unicode-character-bug-py3.data
SPDXID: SPDXRef-item3691813
FileChecksum: SHA1: cf155622d2744225cecdda2e704f7f74fb76dd2d
FileChecksum: SHA256: 30a3ce232dc4230ddb56ef7be618709f4c95f8cf05a12ba19d71e34d39f5770b
FileChecksum: MD5: 9f0a173b622e90ae0108feb0aec8154f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/merge.detect
SPDXID: SPDXRef-item3691268
FileChecksum: SHA1: 488c3209af552bc0d272716164dd67603f1cea48
FileChecksum: SHA256: 46b53085a8a09cea99e4bedfd6da995c4c87e93cd05b98e66f43b2f54a41e5fd
FileChecksum: MD5: ffebd187e9dfe19dd018859eaee65c26
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/timestamp-bugs.code
SPDXID: SPDXRef-item3691940
FileChecksum: SHA1: 9f737dc7b012c7e542f57704ec33d7717540126d
FileChecksum: SHA256: 82244d0d8cc696b89aed96df5e39c6e10f906176eeb59de1a6238f80c4254c8a
FileChecksum: MD5: 421c8dd45d62c6f86bb815af73d35c27
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/setup.py
SPDXID: SPDXRef-item3694292
FileChecksum: SHA1: 43085f0ceb019ca492fa4552f59521e9f6b05a34
FileChecksum: SHA256: 4777abbba367914668218cd1168a39ce74be2acd20466f712406819f43607690
FileChecksum: MD5: 5406186257b5310836a3853c1dbe8715
LicenseConcluded: NOASSERTION
LicenseInfoInFile: MIT
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-08.data
SPDXID: SPDXRef-item3690734
FileChecksum: SHA1: 7340ea8067504a2863c65f57c9382b198f97ab6b
FileChecksum: SHA256: fbed62512673c7097a5f239cb73159ed60696c8a181d0d95084a2850fa28254b
FileChecksum: MD5: f52e72ad54f82664a9c9525415267d21
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-27.canonical
SPDXID: SPDXRef-item3692930
FileChecksum: SHA1: 92893e0b480dc8d434d941141f992d92009c1996
FileChecksum: SHA256: 7a494deb3bab821a672c4bb57c4f7e666081c96d63b094029c829f944a12e1a1
FileChecksum: MD5: 1a7e652fed650883364e6e2d136b8ff1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-tag-directive-prefix.loader-error
SPDXID: SPDXRef-item3691930
FileChecksum: SHA1: 9b158b53fce71669317065aaa4faf726b2c55b3c
FileChecksum: SHA256: 436ef61bfd65a4cdf304b35bdf1210e7513ece37ef190b905310a12322317ac4
FileChecksum: MD5: f602a5a3d11c91c9d1c2bb6d8331052f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-13.data
SPDXID: SPDXRef-item3693952
FileChecksum: SHA1: a97039cb24ec118240f768866d1830921ac0b277
FileChecksum: SHA256: 78dbd56b19a86be7c260fa5eb8c49383c12b723d20366226cb6ef6d80a00454d
FileChecksum: MD5: d4ff2755fb7a8ce58df65b6ff71d1dab
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emitting-unacceptable-unicode-character-bug.code
SPDXID: SPDXRef-item3692955
FileChecksum: SHA1: 8b81a07bed55446d4fdf5659676a76202f6ec13c
FileChecksum: SHA256: ec208da41cf87233449efba59f2d8b3e098d1b5f10c312bdcb21ab1c52e2dc27
FileChecksum: MD5: 8270f9e3abf6440037a83433fa1d9f78
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-str-utf8-py2.code
SPDXID: SPDXRef-item3694263
FileChecksum: SHA1: eda71699245f2eaa9d67834be72122caf9aeeee9
FileChecksum: SHA256: 5246f184b44a02bb9b4fede39657cefb27002d2e6746f341c2c2fbf003088e95
FileChecksum: MD5: 2287f9c9d37155fc7ffd33b4ff458c6f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-18.structure
SPDXID: SPDXRef-item3692358
FileChecksum: SHA1: f2647838d96c15a89be9de95337e4f20d656ee02
FileChecksum: SHA256: 96e9b448f55d2c977a371f0fa9d7bb5674cefca4e1227f826537748338a2b9b1
FileChecksum: MD5: 7e750746d03c75958b1dcf23480ebedc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-07.canonical
SPDXID: SPDXRef-item3690879
FileChecksum: SHA1: 732550f0cdb0d6d29713cd19457b8ea263069a04
FileChecksum: SHA256: 3a65864ca45dc40a86d79bd94e2e0d73ff7d0661a08e40d231b153f1eae05e43
FileChecksum: MD5: 96456f6a13f63bede18f339b54ff7aef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-07.data
SPDXID: SPDXRef-item3691711
FileChecksum: SHA1: 55476e9704be0849a6e318031e24e01adf1a6863
FileChecksum: SHA256: 463cd69057aad1c34613d77d05fd533fcdbe6e38f602c5fa4e9262ffed1fb0ec
FileChecksum: MD5: 15b8f911ab8d46eb6a6afae06247b18a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-09.data
SPDXID: SPDXRef-item3693228
FileChecksum: SHA1: ab3cd0e5f0b784f616400528163afe3310cfe15e
FileChecksum: SHA256: 246db268443a0073f516855d9801e44adc960feba1b4b89c045bdfc2e289f9ab
FileChecksum: MD5: 838cfe30585b75b9c5745d113500b96c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-10.data
SPDXID: SPDXRef-item3692023
FileChecksum: SHA1: 748d08afe3e29ee2e08cf47d34851d159d2c48ad
FileChecksum: SHA256: 5316b91e1affdf5fe82fff2d60350838dd05207927d012b2b629ef297cd59cdd
FileChecksum: MD5: 5366721158c58d072e748f61af1c7e00
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/implicit-document.single-loader-error
SPDXID: SPDXRef-item3692014
FileChecksum: SHA1: d9eebb319bf950afbb7a83a4936c06ddb1dbcc7d
FileChecksum: SHA256: 72b490d77c8272eec0438410d3ff33b248b5f9369484589347169ba0f880c79a
FileChecksum: MD5: cf02edbd0b28a621d05f4c260ec6221e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-01-utf16le.empty
SPDXID: SPDXRef-item3692967
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
FileChecksum: SHA256: f08139fef939afb0a706afa4440c0ba77658beb61b7498db11f43da9ac242655
FileChecksum: MD5: 1beca2d4559311b172d46b9120598616
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/PyYAML.egg-info/dependency_links.txt
SPDXID: SPDXRef-item3690488
FileChecksum: SHA1: adc83b19e793491b1c6ea0fd8b46cd9f32e592fc
FileChecksum: SHA256: 01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b
FileChecksum: MD5: 68b329da9893e34099c7d8ad5cb9c940
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/str.detect
SPDXID: SPDXRef-item3693850
FileChecksum: SHA1: 5a1b1faea0908bfa17cacc13668760387e708023
FileChecksum: SHA256: 909e2ca516b1261e2ba1fcdcd0f21dae270acbc8d143b9c1d7d54f578d1f4d76
FileChecksum: MD5: 842b44f2ffa74b356c6a426b97886ee3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-07.canonical
SPDXID: SPDXRef-item3692480
FileChecksum: SHA1: 47c1b8178591f2778ec526e632be7da593fe8ca2
FileChecksum: SHA256: 6b7dbab649a458b26e4433f4e542c9cb1b64805ff8520f3cd7a04d0f66d85e22
FileChecksum: MD5: 504920b997e9a051352b02c01f58ec4a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-06.structure
SPDXID: SPDXRef-item3694217
FileChecksum: SHA1: 2bc8282e6170dcb3337b49f58c8086868479dd47
FileChecksum: SHA256: 5b62f47256f2f3e1137c9f4988db6717d9937c0c3ce8beaad159c4604e94ac36
FileChecksum: MD5: 9a662c8cf4a94657b34ac45f1f14bd15
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-05.tokens
SPDXID: SPDXRef-item3692035
FileChecksum: SHA1: b4eb0e034ac475fa92144c46e057ec50d8d29547
FileChecksum: SHA256: 738c2bc609bac645add5d6bd1b3f993c756c437b3cf35b09383c0dde1efdcd45
FileChecksum: MD5: fd53c651b1136503c37c2733923480a1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/expected-nothing.emitter-error
SPDXID: SPDXRef-item3694061
FileChecksum: SHA1: ff788cc438d49d238742dfaa561cec278f674bce
FileChecksum: SHA256: b80714ca4dce03f6861d571498f1637c5eb741bd17699659fd3fc1ac85b6f196
FileChecksum: MD5: f5d7060c51873cf1ff955d2b77a04e8b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-binary-py3.code
SPDXID: SPDXRef-item3693224
FileChecksum: SHA1: 473cb1844f9084cc0a8e90dc95e9248274bf7d75
FileChecksum: SHA256: 70ced98d730a276aa94cf66f991c916c35a4f0a6c931e09a9c9e3a1a29bec6e5
FileChecksum: MD5: 9af7d08f03314c7dd9f31b0c08bc6a61
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-02-utf16le.error
SPDXID: SPDXRef-item3692573
FileChecksum: SHA1: 2f78d4c86c97e27a5a4faee136bc23b053ab2ff8
FileChecksum: SHA256: 3df1cfcdcfafdbc8c82e2762ce0c04f206d479f6a4a6a7e522c30d75937485c6
FileChecksum: MD5: 576de7adbd9df027d0f7ab188c7f03e5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-25.data
SPDXID: SPDXRef-item3691227
FileChecksum: SHA1: d545057587029b5dd3907d295d4c5cc0c73b574d
FileChecksum: SHA256: b16515390d556ccd89852283fc9ddc79103672724ffdd4a03229c62394ad03a4
FileChecksum: MD5: 2a3ce46fe377afee9034dc680da4bba4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-object.code
SPDXID: SPDXRef-item3693559
FileChecksum: SHA1: ce7d380cb17848cfdc500f506273834967c9e930
FileChecksum: SHA256: 6bee77ae650dc58e3c80d8035b9dfd2a4d6369a334ddf2586d65dfbb1debe085
FileChecksum: MD5: b6795c705047e5eebc5577bf9d98ad58
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-merge-key.former-loader-error.data
SPDXID: SPDXRef-item3694123
FileChecksum: SHA1: 3e87e3757b307d747830177169bcde20951c4f63
FileChecksum: SHA256: a9341b350e967aa708aaacfb0927779d7a529a82fedd73d00283bbc9709c9f1f
FileChecksum: MD5: d402608d4dba4eab3159946d9c57c961
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-seq.code
SPDXID: SPDXRef-item3692938
FileChecksum: SHA1: f89abb8a5eeb737cfcead04e459c72a00c670092
FileChecksum: SHA256: d5525a578c00b5ddf07055bf89b41edf309c93fed9eae1c5bfe7d541ee84ab3e
FileChecksum: MD5: 7dccd6693787f3eda8b9de86d865a666
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-26.data
SPDXID: SPDXRef-item3693664
FileChecksum: SHA1: d836d1c3d2177febce35f3f59557bcb83c74a8b7
FileChecksum: SHA256: 0f027288e77defdc1449b780d352d83e8f3eec822523c0485347f014d95e5fa2
FileChecksum: MD5: 74b4275ed391dbedf24547342ad9e60b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/representer.py
SPDXID: SPDXRef-item3690440
FileChecksum: SHA1: 0d65a410db824952e1083591d5b56955b4cc7f0c
FileChecksum: SHA256: 22e58ff9c016f6c1ca1274b4802a926bcf78935060e1c813c5a0f021c6d143e6
FileChecksum: MD5: 37c9d5574052eb49f499fe2aba76c0df
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/README.md
SPDXID: SPDXRef-item3690512
FileChecksum: SHA1: 6342bc97864231467a3856c10318af66a42bd218
FileChecksum: SHA256: f51c6018a7778f7ab7f32d750eaed501a178e06e893fc1e4c0b9b32bf90cb45d
FileChecksum: MD5: e6634f686cfa160e232ee5330ef3be77
LicenseConcluded: NOASSERTION
LicenseInfoInFile: MIT
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-11.data
SPDXID: SPDXRef-item3691042
FileChecksum: SHA1: d80293ca47fb9d9ea87baeae6849b038d0e4ceff
FileChecksum: SHA256: c3e0cf4d4dda3c5c662b2958e955b5c832a0f0d8381f47f64999cb2f8034c744
FileChecksum: MD5: 1e5035888e68062d6292b7fef9a07cf3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-base64-data.loader-error
SPDXID: SPDXRef-item3690697
FileChecksum: SHA1: fb453e2e2bcc36ab0b15515d89f90d3d80387e91
FileChecksum: SHA256: 0b8f3a4d9de55f8e90e363d81b65b449ccea48a76beff1307f66e66b543eda75
FileChecksum: MD5: 53c946610922475386639815c6bde5ac
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-06.tokens
SPDXID: SPDXRef-item3692518
FileChecksum: SHA1: 35e56644bef33899169661b4b39b8c1752ab8f17
FileChecksum: SHA256: ec482ead22746f0b9ac8354a261ba875ae10170d6e8d1dbd310423f535f958c5
FileChecksum: MD5: c7e2adeb145a26ef6491b13c3c0cfa35
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-binary-py3.data
SPDXID: SPDXRef-item3694027
FileChecksum: SHA1: 0c827519659d150f2070e14c8221d11e425a8bb8
FileChecksum: SHA256: 966dbe8f59c0bb691108abd41f29690a9dd434970453804bd79ca5e9b6a73795
FileChecksum: MD5: f9cf0d0e4c17191ba764fdc77bfc3d29
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/timestamp.detect
SPDXID: SPDXRef-item3693499
FileChecksum: SHA1: 969c77ab69d12aa054b447839415935e579cac95
FileChecksum: SHA256: 4f4c82596ad3d64ec41d6440e5c889eebb3c1c2d6d798fd531599522bf8c2109
FileChecksum: MD5: f41d5d49d458871b98c44b0949df3170
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-14.data
SPDXID: SPDXRef-item3694159
FileChecksum: SHA1: a00665d5b82726fb30dffc9bdc9d1e8c150ea593
FileChecksum: SHA256: d1a07d3d129ccb8a4e9d2b2b7727fb74e596f5597de125ce931b9716c894a8d9
FileChecksum: MD5: 31fe16ba619b201e34f98ac7159c5efc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-20.canonical
SPDXID: SPDXRef-item3692963
FileChecksum: SHA1: 496b65e687b8a3ef2dcaf489b1355751c111ef56
FileChecksum: SHA256: 4d46d16170ba22a8eecdc66a26988ac1a73e00bfee6d040bcc86868b544444d5
FileChecksum: MD5: 11ee417f640f82736bc31853d149a0e1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emoticons2.unicode
SPDXID: SPDXRef-item3691897
FileChecksum: SHA1: e209edad5f436eb9ddc9d48657a605958536e0a6
FileChecksum: SHA256: d744e0ee836148320d73e0d69631b60cc9eb4ec732cf9d78afd0d70661fcff31
FileChecksum: MD5: cd81cb4b4c47d3b71b4d3e30b1d9cc1b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/PyYAML.egg-info/SOURCES.txt
SPDXID: SPDXRef-item3690472
FileChecksum: SHA1: 3e87cd2dd90da644d25e6f233e4e2980ce39c8b4
FileChecksum: SHA256: c836ffc4c1361045d69cd1bff369766e81fd8262f32b83faf7a70019f5b67055
FileChecksum: MD5: 5004cec7cc13f137f39fe6659748d3ef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/recursive-set.recursive
SPDXID: SPDXRef-item3693179
FileChecksum: SHA1: 41638703f12f5c316b9f6daaad7a55d082a9daf2
FileChecksum: SHA256: 23755f8ee195291d3d06e80d0a111273f7d196282af1c64848de195657daaf89
FileChecksum: MD5: 1e0863169b384214066df46b39beb984
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-01.canonical
SPDXID: SPDXRef-item3691484
FileChecksum: SHA1: 9b937eaddb94c863439435cd631d7673ba2c2b2d
FileChecksum: SHA256: 9d4532dfccd0319c5c30449d23019cdf8af7009f4baad6ccd3bf67a571de8ce7
FileChecksum: MD5: bc87a4b2d71876cce55be6031b6b8160
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-09.canonical
SPDXID: SPDXRef-item3692251
FileChecksum: SHA1: f5af48b64e81edcdfdb584296903876b25c36168
FileChecksum: SHA256: 89266e7b8cdfbec23545f1bb5176e8118bd83239067914145f4e0b1db7c2f2e2
FileChecksum: MD5: 92d17c02b77fbf5f4806076bd68a58a3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-15.data
SPDXID: SPDXRef-item3692668
FileChecksum: SHA1: 994a521ebf625219e6e20d3733f51edd0cd0b1c4
FileChecksum: SHA256: 012f64af302476c42430e5a8188e39ea3e7eda089e7d429ac22b4fc42df9ddb3
FileChecksum: MD5: 3111da0d6f0d1e38f852eca85dc22b8d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-str-ascii.data
SPDXID: SPDXRef-item3692223
FileChecksum: SHA1: 9dd76cf0b46532af7a9b8ba6304f71404bd67841
FileChecksum: SHA256: 4b49e3e52f55d9cab88290aa81e201babf7a715c406f917350cfd631382d53da
FileChecksum: MD5: ea599f92af829a91bb4786eb7dcd805d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-03.data
SPDXID: SPDXRef-item3692435
FileChecksum: SHA1: 6883f970177e9044714dd4bd5e0d52f38b1f0b6b
FileChecksum: SHA256: 1aca162b8ef7861818ab2edfc05b372eaf1e268bbf1ec18828915a36d52a4ea7
FileChecksum: MD5: 7773131ff7e66a867c1694120062e327
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/examples/yaml-highlight/yaml_hl.py
SPDXID: SPDXRef-item3690356
FileChecksum: SHA1: 37aad50390b60387a519bb3bcac966733aaa711a
FileChecksum: SHA256: 8e56fa6113ec39c7bd79742013e4cc0b8d5f27ebcb935ff09636d537582861cd
FileChecksum: MD5: 1f8afdc2ea4dc470113eeb90078b4828
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-02.structure
SPDXID: SPDXRef-item3693494
FileChecksum: SHA1: c1ce842a159ca355d6fe2157f11478f05096139c
FileChecksum: SHA256: 04574ef2f8ade5125c1d7d858aaa9bf06f45cf614566d03a993ad31793455cd3
FileChecksum: MD5: 7999da9852681cd6cb8105e151cfd25a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-directive-name-1.loader-error
SPDXID: SPDXRef-item3693483
FileChecksum: SHA1: 658fa6e5386ad4b46a9ea64f779218f172aeda75
FileChecksum: SHA256: 69a5075dbf6cc2cfd8f8d0f4c08afa74e22f965590e7a511fe39d8f14086e198
FileChecksum: MD5: 6f02e02fab35c4d4418e90f3cf784e1e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-05.data
SPDXID: SPDXRef-item3691326
FileChecksum: SHA1: 9c44c1aa97c408e1ef49291d379ce51da09167c0
FileChecksum: SHA256: d43bc2758e3482f1f0b2455658278be06883647bdbd06ff9c6c6aac0408f7d7d
FileChecksum: MD5: 9d9eb2f3901a781c3b6e47107c724a78
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-key.former-loader-error.code
SPDXID: SPDXRef-item3693820
FileChecksum: SHA1: 5338c30100a7df7dc2efd6cbba9b00a840bf6f9a
FileChecksum: SHA256: 604bf4ef5069d29ba1490b965706d5f06d5c02bb6370adfa20d67587eb24f33e
FileChecksum: MD5: 282e0d48e06f676c72f9bd4095b1ccc9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_dump_load.py
SPDXID: SPDXRef-item3690535
FileChecksum: SHA1: 4d8e573e7c415ecfd15f9783c7bf59e3c3640006
FileChecksum: SHA256: ff57c549733424d82a3e5b0acb1b2950d41a2293dc9b73c6c1757174a67d9b87
FileChecksum: MD5: 31140222ed75f56b6ab31eaa61d88ad4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-09.data
SPDXID: SPDXRef-item3692906
FileChecksum: SHA1: 8099720c6b9bb47c67f5eef7964d26fee6c5253d
FileChecksum: SHA256: 22cb68c8d043dd5dd465e972881f96ce546a5db803dddb7ae20783beed2dd4f3
FileChecksum: MD5: b2d9b1fcce884ef454b12748e13a5843
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-str-utf8-py3.data
SPDXID: SPDXRef-item3693521
FileChecksum: SHA1: 241220d7f02e7174eeb5c074d72b1db95a46f9b9
FileChecksum: SHA256: fce824c9da0c96877f58d4c6b3e5da4c14432ab75904f6a29215cb443e1bcca2
FileChecksum: MD5: 68ac0bc5f28716fefd2987c4d32ba0a2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-complex.data
SPDXID: SPDXRef-item3693526
FileChecksum: SHA1: b8355f6a284f0f58928b43356ac9489231b3b504
FileChecksum: SHA256: b63efc4e77a052e7db0cfc166d16f4b9e0ff81bd7ab0624a2226a3d3bf661ddb
FileChecksum: MD5: 72175e44ea7cd0c5c5a6eb09b1981761
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-11.data
SPDXID: SPDXRef-item3694143
FileChecksum: SHA1: 88c3841b0b4200b5f8b9f5a5e50f637e517d070b
FileChecksum: SHA256: de6793a983c5d01d6ea076f321bce1a55f03dbc7865ca173bc51b83d4b32312a
FileChecksum: MD5: c6a6598952af8cd305e4020d4bdbf12a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-07.data
SPDXID: SPDXRef-item3690804
FileChecksum: SHA1: 131325e5fd27da44b509fdbb477eed51b670c9f6
FileChecksum: SHA256: 24b9d9d3392a6c7a4a8143f74f15a1c77af62bf320f75795783205aa4f07d1f5
FileChecksum: MD5: 2fc9de7180f421cc5660203eff47d6c1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-13.canonical
SPDXID: SPDXRef-item3692209
FileChecksum: SHA1: 373ba89e389b6d752442c7d928e7d227d15413dd
FileChecksum: SHA256: 43cbaea40f24d4f47bd7603eda1ffb6c4e0e37b79b4a61092f89972088eb6ed0
FileChecksum: MD5: 8af105f6f1f71ee2586089d387ef6576
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-tag-2.loader-error
SPDXID: SPDXRef-item3694148
FileChecksum: SHA1: 48b9659536f891984e8f04ac279ff382b24b3094
FileChecksum: SHA256: 9c35cdaaafcffb96299a997a06e082d5cb4ade32fcb5179d882a71a8b391e4d5
FileChecksum: MD5: 36b8ed0cac443a8c61b121fd6fff8457
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/expected-document-start.emitter-error
SPDXID: SPDXRef-item3691101
FileChecksum: SHA1: 3972470c229affbfb087205e6151be904abc9cd9
FileChecksum: SHA256: 74d937c61abf402256e06b3ae0060a64be723a531e60b00077895a4c780e317c
FileChecksum: MD5: 5a986c7d6effe90aba347077a72d0a04
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-yaml-version.loader-error
SPDXID: SPDXRef-item3693376
FileChecksum: SHA1: 50fdee7ac08033078e19ead3d2b713fbc6b0fc8a
FileChecksum: SHA256: 4aa3da9c4b8030716dcd0ffcf97b53a226c76990567d4f99d8859e87de25b6ae
FileChecksum: MD5: 5abeb075568f71bac875b66d476c1027
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-bytes-py3.data
SPDXID: SPDXRef-item3690640
FileChecksum: SHA1: b24112ed294ee2ad5c18bdf3b3c341cee72b2657
FileChecksum: SHA256: d213c3795830f7a6dae8328d06f70c51aaac287037d86694b7ceb5d9a06b142d
FileChecksum: MD5: 55ceb5c11b86150da9eafc8f27b4b5d7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-pairs-2.loader-error
SPDXID: SPDXRef-item3691668
FileChecksum: SHA1: 446e918cab22c12732cb183341caf99dc3c7ab43
FileChecksum: SHA256: 06782f39b5a0c74109f372a2600a743bc511e4bb09858f9539a46cef38a1ff3d
FileChecksum: MD5: da93fb0d2a1877b2cb488b5f09d61e7c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-04.canonical
SPDXID: SPDXRef-item3690825
FileChecksum: SHA1: 0f80972cab3ee85cfe5a53931245c7ca665e9662
FileChecksum: SHA256: 49faf066823b48b7ece93a0dae5eec49185f4466f8f6750298cb28b550b0498f
FileChecksum: MD5: 9db0d80aa7ed1cd6c51a769d2daabbb3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/aliases.events
SPDXID: SPDXRef-item3690830
FileChecksum: SHA1: 52b60341941e75c222c3cfd7c6773764f2c2ec7f
FileChecksum: SHA256: db323963e7c65a0cf5f637db849fabd80966804243bb2b54ddbac2a7b13df00d
FileChecksum: MD5: db8780735791284e872a5f3807445a80
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-05.empty
SPDXID: SPDXRef-item3693918
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
FileChecksum: SHA256: f08139fef939afb0a706afa4440c0ba77658beb61b7498db11f43da9ac242655
FileChecksum: MD5: 1beca2d4559311b172d46b9120598616
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-06.data
SPDXID: SPDXRef-item3691828
FileChecksum: SHA1: bdea45900459129f981cd94217b7fb702fc13ac4
FileChecksum: SHA256: 69855b58d911d52176b0edac4da775f93433c2844c2acdf1918e0798f7704ff6
FileChecksum: MD5: 9570bbe2d5475d32ec9b2db2f8335ff4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-02.canonical
SPDXID: SPDXRef-item3694164
FileChecksum: SHA1: 8078133b696f00f2208ed7b77de9d4f868d53f62
FileChecksum: SHA256: 11a6847bb127d87871cddae383c7f099ec55024ceb9cd4ee335f1370204f9791
FileChecksum: MD5: 8069ee7635e4402ab771ad6be8554d83
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-31.canonical
SPDXID: SPDXRef-item3691032
FileChecksum: SHA1: d3656025178d76d7b36ba3d17e0d20d615ce1bb9
FileChecksum: SHA256: 3b5c6eb2e1d54029617f02f0485eac03bc831049f4a986c05cd469baf611fc2c
FileChecksum: MD5: 5ace5f92507ec18ae198a267b6a65306
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-merge.data
SPDXID: SPDXRef-item3693633
FileChecksum: SHA1: 1d0af0f2828493ba35dde5e54ccc999ac65b5c13
FileChecksum: SHA256: ebddab499b67728d172aca5fddd4a281ed1a89be96ff50cadbc8ac91f7d77c17
FileChecksum: MD5: 7a01bfd4a5efddd933aff4afabfdd1a7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-python-name-module.loader-error
SPDXID: SPDXRef-item3691161
FileChecksum: SHA1: 80f26cece158ff8f753da3cee165b3ce5e92f187
FileChecksum: SHA256: c373b9b97ab2227721078d37e230143f0582036d7e7f9170679e6d201fa3947c
FileChecksum: MD5: 985332a71154761af76a5b522ab6b4a5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-22.tokens
SPDXID: SPDXRef-item3693166
FileChecksum: SHA1: b9de68be2eab618a4ad69528012dd221fbffc736
FileChecksum: SHA256: 3ca923660d23d1fa96882c51e952aadbfbde14b8ca3fa37e2345c2052174842e
FileChecksum: MD5: 67039a737bb7a2696df0ea6e5a37c325
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-15.data
SPDXID: SPDXRef-item3694113
FileChecksum: SHA1: d46c42b87866d48d3fca565a3f232b907eb1d8d8
FileChecksum: SHA256: 072a438ca522bf3fccaa2505d9f436040971ef0eb662e648e52222a6c7244c4a
FileChecksum: MD5: 4f2c648fba08f382208a9fd437316294
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-23.data
SPDXID: SPDXRef-item3693669
FileChecksum: SHA1: b5a06b53dea3c0301b53d500ac6c6778e1a543fa
FileChecksum: SHA256: 7866f156749e7e007776f5474f3a9a5763cda8df05146aa7c6b299309ecf51a1
FileChecksum: MD5: f32ed4e70e1f492dd10ba7240c9fd097
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/unsupported-version.emitter-error
SPDXID: SPDXRef-item3692271
FileChecksum: SHA1: 69bcffba11dbbce5d3654b46636e3378ed40070e
FileChecksum: SHA256: d80a41e3f2cc93b6b03dd1a406578682c135e7c13288d4b9c93bba40ff52754d
FileChecksum: MD5: 1fb58f7d95f87a1ec83b5a3a8e25b3a2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/run-parser-crash-bug.data
SPDXID: SPDXRef-item3693116
FileChecksum: SHA1: 3d20907309af4ddde2af01402a677dade7e1085b
FileChecksum: SHA256: 03484ad328d2468dc8dc8780699c33c5c55ca8cc1ece097e9a4fe182e726bdba
FileChecksum: MD5: 34c05cf8c81a85c7bd0af01eda707fba
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-06.canonical
SPDXID: SPDXRef-item3692118
FileChecksum: SHA1: a7ec9f4f0eee9f4589c1e9049cc8a7ff1a3e549d
FileChecksum: SHA256: 96f09aabb1832d4bf3373e0f2f98e36b782b12e40a354e4637cdd0e288736d42
FileChecksum: MD5: 7f008e44c2aaf204ae6d74daba37f036
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-15.canonical
SPDXID: SPDXRef-item3693890
FileChecksum: SHA1: 36d288036134789d7c38ee3e15863f2ed6b4ea08
FileChecksum: SHA256: 3e22fa978dd7341fb2e78f498cc2b2a33137ed69a3cf34eecf78bdc0ffbe0d0c
FileChecksum: MD5: a4994666be6cdddb5397be3e8e1b6e6f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/examples/pygments-lexer/example.yaml
SPDXID: SPDXRef-item3690371
FileChecksum: SHA1: c48bd67271760e187b7acf715d08b90feb848a75
FileChecksum: SHA256: 0c2089bcf1d2b0691aa50b3e221820e9475c4ffe64d8c05195b2c44780082ee9
FileChecksum: MD5: 6f50c1ebf2c976040580b4ef836f25fd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-long-short-py2.code
SPDXID: SPDXRef-item3694238
FileChecksum: SHA1: 540d80edec42118756f49a737bd0b73d75665a4b
FileChecksum: SHA256: 7bf2c67688e637f44387f322fdfa85f140bbff8a52d0687ee04047cfa50c0470
FileChecksum: MD5: bfca4228ca147b8c36d462ba5d73068f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-13.data
SPDXID: SPDXRef-item3693343
FileChecksum: SHA1: ebd60d2721ca6e94f1e26b62492cc71b4c20ed34
FileChecksum: SHA256: f9b003986c69979ab45e8bc0febafcf8db9f2ba5f9bf7faddffb672fca5dffe7
FileChecksum: MD5: 8db8b01febf502a10fce12a9dfc2e722
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-str-utf8-py2.data
SPDXID: SPDXRef-item3690748
FileChecksum: SHA1: 241220d7f02e7174eeb5c074d72b1db95a46f9b9
FileChecksum: SHA256: fce824c9da0c96877f58d4c6b3e5da4c14432ab75904f6a29215cb443e1bcca2
FileChecksum: MD5: 68ac0bc5f28716fefd2987c4d32ba0a2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-21.error
SPDXID: SPDXRef-item3693393
FileChecksum: SHA1: 9696cb016d9f10703e4f2fa54754f0e497b3452e
FileChecksum: SHA256: c55575440b3985e3c0868f4559030d4d4c42d2d7458042d3d2209e5d33226c77
FileChecksum: MD5: 486d497f3c6edb004a5cd6cdf98e84ef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-yaml-directive-version-4.loader-error
SPDXID: SPDXRef-item3691764
FileChecksum: SHA1: 393dba33d9bb6984a6aa5fd97a0758b5254dcb83
FileChecksum: SHA256: 8dc205ac16eb2200d154642e72bfa8de27ce857b2529147193a0149ce94d597b
FileChecksum: MD5: 4f9ce19994df4e4a46cc05edafe751f8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-09.tokens
SPDXID: SPDXRef-item3691073
FileChecksum: SHA1: 529876567be44a14cfafb959e5b7fc66c9fb5a60
FileChecksum: SHA256: d8867bb0bb9b3ffdcdfce85f68e1993c22198b9fe5de0eafdf50b92484038212
FileChecksum: MD5: bc7cee23f103209a46001f8045441b22
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/remove-possible-simple-key-bug.loader-error
SPDXID: SPDXRef-item3691358
FileChecksum: SHA1: 3b9f05cbc903908ad488c9e6b438a5c8e9b90804
FileChecksum: SHA256: a157868387b2e1c77824a427e0c2ef00af8d83e2dc12bf30b150e02e523830be
FileChecksum: MD5: d0941c538fdde472f5991e76f41be2c4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-omap-2.loader-error
SPDXID: SPDXRef-item3691388
FileChecksum: SHA1: 253dc84c0743f0cf019f0290db7ea7d42dd2b3d3
FileChecksum: SHA256: f4fe5e2692ec0d8699ff8a94318aad89fdab7f2395c76e8899c656a954c108eb
FileChecksum: MD5: fee582334d3afcf4358ca5a5edd32328
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emitting-unacceptable-unicode-character-bug.skip-ext
SPDXID: SPDXRef-item3693985
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-10.canonical
SPDXID: SPDXRef-item3693648
FileChecksum: SHA1: 4c45f4190264a0398e4d9220e9b4c6e69bf1471e
FileChecksum: SHA256: 4e14623675e2aae07f44c44a8d506c4eb268516fe2b8b5cfce368203ee4a69f6
FileChecksum: MD5: 5a654c4cac3a8a933371f252e92e17e7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-12a.canonical
SPDXID: SPDXRef-item3691232
FileChecksum: SHA1: 5aa7df1442115b22b60913404d6d1b5bb04aed32
FileChecksum: SHA256: 6d668563ab03e0ad8d36b93ecc862d6877f7d3d86764c6f4da1246757ff9f1bb
FileChecksum: MD5: d4d384ba5d6ae4e9e80c6e982d1dc04b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-32.data
SPDXID: SPDXRef-item3691052
FileChecksum: SHA1: bc808f631467cfe7b3455233c3ffd569ad4bdb9d
FileChecksum: SHA256: 26c7f9729f15d8360508457838ce5ecfb25cde6ed481fe34634ea7ee59d316dd
FileChecksum: MD5: 67c415873b60b63a2ac27aab27220194
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/single-dot-is-not-float-bug.code
SPDXID: SPDXRef-item3693991
FileChecksum: SHA1: f8de6b4c797528a4b66c486b3924d1e8edc4343f
FileChecksum: SHA256: 227899f9cfcf09107342b50888be1bc53904b38b0a0c516a34d97f8b550d407b
FileChecksum: MD5: 3c3d2be0c45c6f7169c3a74f64ef1cbb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-04.canonical
SPDXID: SPDXRef-item3692388
FileChecksum: SHA1: 8078133b696f00f2208ed7b77de9d4f868d53f62
FileChecksum: SHA256: 11a6847bb127d87871cddae383c7f099ec55024ceb9cd4ee335f1370204f9791
FileChecksum: MD5: 8069ee7635e4402ab771ad6be8554d83
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/recursive-dict.recursive
SPDXID: SPDXRef-item3694258
FileChecksum: SHA1: 842252a115f70f79f9982bd6fdc9c0719068d572
FileChecksum: SHA256: b1d115ffc18411a6a8d4118a4df48db6e7444ddfceb103d082d806bbf888a05e
FileChecksum: MD5: bf5ab7c5c9c37c7dacf966d7433899df
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-14.data
SPDXID: SPDXRef-item3691200
FileChecksum: SHA1: 0f18afd42123af9219e089e6f290f5e8957eaeb0
FileChecksum: SHA256: 275f46abaca184dad3d31dc14064ff413b0ea497aeb22747d2fa14bd9611941b
FileChecksum: MD5: 416eba762473dffeca4a2001525825b9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-01-utf16be.empty
SPDXID: SPDXRef-item3692232
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
FileChecksum: SHA256: f08139fef939afb0a706afa4440c0ba77658beb61b7498db11f43da9ac242655
FileChecksum: MD5: 1beca2d4559311b172d46b9120598616
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-01.data
SPDXID: SPDXRef-item3693036
FileChecksum: SHA1: 4325e68bf63c5222f56eedffe95a311a69a1afc2
FileChecksum: SHA256: e73b910831b16a7edf72b10227466027acd683b00984ee43df44e641842aad11
FileChecksum: MD5: 89ae7623e4435c901d391960e77809a4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-16.data
SPDXID: SPDXRef-item3691441
FileChecksum: SHA1: a539a413487e58cbb44080a8bd74772ee21528bf
FileChecksum: SHA256: dab2aacb794ff33d8926b3484d5754cc8f4bb446bf983ae29df52e5de62a0b02
FileChecksum: MD5: 311d95fcd6d17929a6036040c7347ab5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_reader.py
SPDXID: SPDXRef-item3690593
FileChecksum: SHA1: 2d480c1b2bfe104d4b9f5d598d6f1cf41baa26f1
FileChecksum: SHA256: ade4a76e352791eae327cc4dc9271c0d69325b17635779236b9a95cd2edfc2c4
FileChecksum: MD5: 484ddd319eb3cbff5057bb6a88b3992c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-character.stream-error
SPDXID: SPDXRef-item3692455
FileChecksum: SHA1: 920f2c3fe9a378dc49cadebf6539ed15e35d7d61
FileChecksum: SHA256: 729406cae92fd1d80d5ad27d9c44d3ce972df19ee1339c908f4c82213381204d
FileChecksum: MD5: 3ff08932ce05882523525d7a5e1ca915
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-15.structure
SPDXID: SPDXRef-item3692327
FileChecksum: SHA1: 819d8d12aa1612732dcf9b5427b0ade0b1aa866b
FileChecksum: SHA256: a9ac0c3ac83c40e1b4c3416066d63d324ee9f8c144641dfeed72d140b6557245
FileChecksum: MD5: 2367d0d41ba13117405dfa47fdff7b3b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-06.canonical
SPDXID: SPDXRef-item3692291
FileChecksum: SHA1: 53ef9b75785052aec61f2210e0d18a984be66494
FileChecksum: SHA256: 51d1be0f7b1d74fc5631237f6a7ff4cdf0864e1b393df2e50792ce97b22b2481
FileChecksum: MD5: a8900ca5236ada975983714e7fdc7749
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-timestamp.data
SPDXID: SPDXRef-item3691540
FileChecksum: SHA1: 14bb22593528066d24cce426c072dba1bc155f8c
FileChecksum: SHA256: f2888492f63e593e09731d7860671d778e018625d47050c7e5c75e845a809609
FileChecksum: MD5: c51c609213b2f135e0e6063489071187
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-12.tokens
SPDXID: SPDXRef-item3691842
FileChecksum: SHA1: 5b5e3e79d5fa0e4102565aee4756ce9dfd500b85
FileChecksum: SHA256: f28c986b52fba7a22b314ae7a419ca99fec20aab508b2f4bb69753b94432132f
FileChecksum: MD5: 49875ac0be218f88a4ba40d47a5bbca6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-12b.data
SPDXID: SPDXRef-item3693109
FileChecksum: SHA1: c089ade1304b74ac0676dccf64f61ca4503baa28
FileChecksum: SHA256: adffa570c7637f8e617615a84701b34c3b999f90d42eacbd8014da31a8e0e8b5
FileChecksum: MD5: 6e04fb07e55343f4bf8bb233ac5137a4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-06.data
SPDXID: SPDXRef-item3693434
FileChecksum: SHA1: f2aea332ecb19bccc8579f2712e65ee511700927
FileChecksum: SHA256: f36ddb8d402395ab5662f42d9c67537cb3b748ab78cda8c7b2a01a9a51a50aca
FileChecksum: MD5: 3a809cb4dd88ad27e68561aa38756ced
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/error.py
SPDXID: SPDXRef-item3690445
FileChecksum: SHA1: 0736e2d4acddd01aec18e4d07956fe929ca71ade
FileChecksum: SHA256: 021f73fada072546c4f63f8cf18a7181244ce4280b09cc15cc980b2d1176171a
FileChecksum: MD5: f2e05076835b7979ea3306bc49e9d70a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-uri-escapes-3.loader-error
SPDXID: SPDXRef-item3691522
FileChecksum: SHA1: 59ee78b09ff5a44e0b40979dff338327ae653fe6
FileChecksum: SHA256: b8577afd4f4dd62599380fb1dcac135ab1778e15978fae1683f31286a0a5d501
FileChecksum: MD5: 1106eb88b7efa0612f40484498d9b637
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-10.tokens
SPDXID: SPDXRef-item3693363
FileChecksum: SHA1: e95334f59a40f40590154874bb89b4a2c44303cf
FileChecksum: SHA256: c3cbfc3f40b885301c69b725091db6c34995c67de90cf852ffd1fe2df1f4e0bd
FileChecksum: MD5: 6d42f22f026af4f7409c64486eb524e9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-utf8-byte.stream-error
SPDXID: SPDXRef-item3693297
FileChecksum: SHA1: 65314ebd01572fe78b66da790718dd4ff2367009
FileChecksum: SHA256: 64290d754b1aa6a511f22f03b0066df3f062eebf721489b9d531c2ebb2d376ac
FileChecksum: MD5: 277d841db594d8579076d24f93ec2230
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-16.tokens
SPDXID: SPDXRef-item3690965
FileChecksum: SHA1: 62ed8b89241db83f30ea575be72f52fa0668fe3f
FileChecksum: SHA256: c63d95a307a11c1288eb2ae60f5631537c4cfee7e68d23f12c3c8a5b1b9afd72
FileChecksum: MD5: 93fad8cc2864905a63d76180a2bdaf42
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-document-bug.canonical
SPDXID: SPDXRef-item3693906
FileChecksum: SHA1: 2a296fc1724811cd03d4628c540d810f46d96af6
FileChecksum: SHA256: 841f99ed75cc6376dc2453c700e7141e17654fac56306501ba77a70a20110ca5
FileChecksum: MD5: e8ebca81e863a880e83bc4b22d457aef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-05.error
SPDXID: SPDXRef-item3692557
FileChecksum: SHA1: 676d3983fa88d37fc04e03466f0a8683f7d66e0b
FileChecksum: SHA256: 2bab096c0ce9f02321a5ef1cc20d7c849f6c9c9e054bc162c2808af925d7bcba
FileChecksum: MD5: 495f990c74ac6c1cbaa6d31f0eee138e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/utf8-implicit.data
SPDXID: SPDXRef-item3694052
FileChecksum: SHA1: 7acd1aca11ccfc4d28e76c1fcc9f05ffedc9d532
FileChecksum: SHA256: f76c68da435cb344bba0e9f27420fd055db061b50fa502b4272d53e8051dcaf2
FileChecksum: MD5: 7cb016efb59e9ebeb889ec6a874f6dae
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-08.error
SPDXID: SPDXRef-item3692531
FileChecksum: SHA1: 9d2fcf7fee3ba8cf3a8a49d2c3e8b5e98cb5cf8f
FileChecksum: SHA256: b902b3915296018b1ed9e8e95eca2de6bcf03d97f3c236bf8c2a37542670db52
FileChecksum: MD5: e56f92625af0e460f2c02ab0c491de9d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/aliases-cdumper-bug.code
SPDXID: SPDXRef-item3692656
FileChecksum: SHA1: a80c8a9ce4b6379390d59cfff15fb06b9014fcb4
FileChecksum: SHA256: d8e470e7dea09bbba54ec9712bc40a0131bbdac606a7b6edb9df3f862709de38
FileChecksum: MD5: 0c4ea3e28c504727a820352bf1c49877
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-12.error
SPDXID: SPDXRef-item3693726
FileChecksum: SHA1: 6f3713ede8cd17a3f41645fd9ad1349b23282b2c
FileChecksum: SHA256: 5768826c6b7a0685f5ca7c056348fc9776521af6e83060b6420b5767b3a5465c
FileChecksum: MD5: da309b85d6f59a26604e336b3276e1b4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-seq.data
SPDXID: SPDXRef-item3694200
FileChecksum: SHA1: f19909abfb530cfbdebfb9e240459815017ff3ea
FileChecksum: SHA256: 14e7fa401dd4f103857f41693b72463076c46e321f995ae15143c0369155fe2b
FileChecksum: MD5: 0a0309ba4ffffeb0783c97103b7950d1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-03.data
SPDXID: SPDXRef-item3693759
FileChecksum: SHA1: 36b5adbaf76ad9703d5f3973708caa1b7be903e4
FileChecksum: SHA256: ddb4a90783d1fb8bcd5eb4c5b3b2a728bc751963e0c6171408ef73d0812f652d
FileChecksum: MD5: 84924099e0e8a35490cdf41a7032c67d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emitting-unacceptable-unicode-character-bug.data
SPDXID: SPDXRef-item3693609
FileChecksum: SHA1: cf155622d2744225cecdda2e704f7f74fb76dd2d
FileChecksum: SHA256: 30a3ce232dc4230ddb56ef7be618709f4c95f8cf05a12ba19d71e34d39f5770b
FileChecksum: MD5: 9f0a173b622e90ae0108feb0aec8154f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-yaml-directive-version-3.loader-error
SPDXID: SPDXRef-item3693571
FileChecksum: SHA1: abe5bb9681e5ea4cc2555d3eeeae6196f182e2e3
FileChecksum: SHA256: 14d3309379678b4000f1e73eb601d9d114c50ece189c17d7a456d4090afff233
FileChecksum: MD5: 784843c83792dbadf2a7c1f51549e22c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-16.data
SPDXID: SPDXRef-item3692183
FileChecksum: SHA1: 42f537c5b29bd8eef0047ed617ac66bf8ca005b7
FileChecksum: SHA256: 58abca341cc841aa6b7cdbd982d55a89f3ac1512e36ce72e32c03dbcb8bde4e8
FileChecksum: MD5: 5d73084312c41e404bf125d8bf65e096
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/merge.data
SPDXID: SPDXRef-item3692798
FileChecksum: SHA1: e5e3435a7c061b6e3afd74930158c7ecc1724878
FileChecksum: SHA256: 6abe850dba8df9174d5bc67192247514ae4a774769db2300668ff9e369f80bb8
FileChecksum: MD5: c24230fd206ec255062e8da05fdf819c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-11.empty
SPDXID: SPDXRef-item3690799
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
FileChecksum: SHA256: f08139fef939afb0a706afa4440c0ba77658beb61b7498db11f43da9ac242655
FileChecksum: MD5: 1beca2d4559311b172d46b9120598616
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-13.data
SPDXID: SPDXRef-item3691186
FileChecksum: SHA1: 4c0d3ac262dbe8ff0658adb2f515781aed171e4a
FileChecksum: SHA256: a69a8811b3245eab02e2175d5661b8d19a4d48733f45676588c6720f05a2f6c9
FileChecksum: MD5: 50797ae16c480c0712b8903be9c8c850
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-single-quote-bug.data
SPDXID: SPDXRef-item3691285
FileChecksum: SHA1: a37fd1f3f70883262be82bab214ebe3fdc04e7d7
FileChecksum: SHA256: e548c92d07faf587e0d56ea129ecbe4131ffd0aa17314243c996335bfd86a7d9
FileChecksum: MD5: 650edc90c5e422c44d6ba43c9819b007
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emoticons.unicode
SPDXID: SPDXRef-item3693122
FileChecksum: SHA1: e5f7554cf6cfc9b92a60d729670ea1f6db81cf1f
FileChecksum: SHA256: abd6f56e235ec39d815720ddce6cc5bfb71f1628564052e7a7b3e70255249f19
FileChecksum: MD5: b94d2863850d09c8d81a8f8466b2d316
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-07.canonical
SPDXID: SPDXRef-item3692461
FileChecksum: SHA1: 13bcda49d1381f13c34aae766f421811fde8a037
FileChecksum: SHA256: 654db39628c77f8e202475511ec062e6469ab82f4f77897350628d34f2d922bf
FileChecksum: MD5: 12c72da18c6776919a117d7c53359a9c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-02-utf16be.error
SPDXID: SPDXRef-item3691236
FileChecksum: SHA1: 2f78d4c86c97e27a5a4faee136bc23b053ab2ff8
FileChecksum: SHA256: 3df1cfcdcfafdbc8c82e2762ce0c04f206d479f6a4a6a7e522c30d75937485c6
FileChecksum: MD5: 576de7adbd9df027d0f7ab188c7f03e5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-03.canonical
SPDXID: SPDXRef-item3692417
FileChecksum: SHA1: a2bc89a0191f2d446c9c9252f4535800d0525ad6
FileChecksum: SHA256: da18d25101eb8f90d7fe51d0caefda1cb7fe5a9b67fa59c2c248fb569eb49efa
FileChecksum: MD5: b7bdbf52d3a15d6c8c459aeb9fb4ae39
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-06.canonical
SPDXID: SPDXRef-item3693534
FileChecksum: SHA1: 297406ccd3ad170e97474af87fedb0b307de24e4
FileChecksum: SHA256: 55dfbfa3d73f17c43ffc4e58e7555f98575d6827bc53d77b0434f2b2537ef6f3
FileChecksum: MD5: cce6a7b89a23dc448a0b9e61f791ff18
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-07.structure
SPDXID: SPDXRef-item3691112
FileChecksum: SHA1: 560a15d44c93077b842060be0acf80699983c9de
FileChecksum: SHA256: 9f0aea6bfbf63f3a579d6d7d07e1b3e5bdc59cd4560e9864f482f24a8856f100
FileChecksum: MD5: 0d395e4f8fb9423704fed338cc41fc6e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-11.data
SPDXID: SPDXRef-item3691795
FileChecksum: SHA1: d04e1522815f1e5179981b6ca1b7c2bab45f4969
FileChecksum: SHA256: 792f0d23f4c0c1a53a1d97b03ac4a3c0cb6a0e3777841538b29d3cc27b5c8386
FileChecksum: MD5: 9eae8bdd13510be33355cfd3e72caa39
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-19.structure
SPDXID: SPDXRef-item3690994
FileChecksum: SHA1: 481327ed6bbfcf5ddf219ded5395f76cf2533fe8
FileChecksum: SHA256: d5d154d02ddb15fe3ac090b4c76fe5cea37fe34f04b8c6489faec2da26ab48a6
FileChecksum: MD5: 342f90282d39402ef31567a828f89cbb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/emitter.py
SPDXID: SPDXRef-item3690458
FileChecksum: SHA1: af30ab1e2c46ca3b19491c7ec2704c045fa4eab9
FileChecksum: SHA256: 8e086d694ede170837d5b1b407b45979aff6f40762f422a65eafd08e04290a44
FileChecksum: MD5: 38e45073c42b4d3a89d25757577a9f5d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/fetch-complex-value-bug.loader-error
SPDXID: SPDXRef-item3690645
FileChecksum: SHA1: e01d8db00c7f4b4f117954ad0225ffe1c5a59745
FileChecksum: SHA256: 6fe6a8b32c3755d239a9bfff52e0ba880c00520cd1b12ac93263edb7f813d013
FileChecksum: MD5: 524d0ef0868467b8acdfe949ffe4b60d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-02.data
SPDXID: SPDXRef-item3694132
FileChecksum: SHA1: db5a3d5831ace4da4407f6b6b37a195a4cd7db14
FileChecksum: SHA256: baf7b59e4968ffcae6361d56e617b98443828ab901baed44d11a808d4e05364d
FileChecksum: MD5: 04f495171fb886de2e8d8e2ab06e04ab
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/CHANGES
SPDXID: SPDXRef-item3690503
FileChecksum: SHA1: 986188ae7e501fa6b68cd163d51b9b4316db184a
FileChecksum: SHA256: 040719e8f81759cd5e275d4034be5ed1348e44e62cd3c454fc2adcaa02558950
FileChecksum: MD5: 9bd49b206d5a743664c41871f11a240b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/serializer.py
SPDXID: SPDXRef-item3690400
FileChecksum: SHA1: 44971ea411745967d430ed1d4bb164bea8f12602
FileChecksum: SHA256: 0a1b85826854d35863e31808f0668abfabdf33606e8f06bd8bb7761401e3edc0
FileChecksum: MD5: ac5b86cbaa857699312176cba7490cc2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-merge-1.loader-error
SPDXID: SPDXRef-item3690817
FileChecksum: SHA1: 8915d14226a5181e9e68a5fe3005496fbca3b5bd
FileChecksum: SHA256: 5c90e8170569083ebd862051d026a5022a3df60a4ff8b94c6691a94eabdd0a94
FileChecksum: MD5: d78be7326550e1bbcc55c6b12b7a78fd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-07.canonical
SPDXID: SPDXRef-item3691778
FileChecksum: SHA1: 78a3e3ad6cfb76ce1d235d6203ae34f9b954832b
FileChecksum: SHA256: 073ae27b463beca3c99262c8b69c70651474f2007f31b15734c4e7ea082d2c50
FileChecksum: MD5: eed32d95404215dc793ca233e51783f2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-anchor-2.loader-error
SPDXID: SPDXRef-item3692069
FileChecksum: SHA1: e497a3dcbbced3945d6730a4665530180204b87a
FileChecksum: SHA256: baf051c5b82338d887c687d68b9c531027dafcec0b11d137be785b1674210598
FileChecksum: MD5: f5ef2eb685d2461c4f8e959d32bdede5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-06.data
SPDXID: SPDXRef-item3691617
FileChecksum: SHA1: 2bf488eb8df6f5af4e920b547d63a19b02fe3161
FileChecksum: SHA256: 6261b16f75a5cf4d470b7c2656de9fd2665259f2256ef8f1249bb8b9152bc7b7
FileChecksum: MD5: e74af332f2024a1ad06153ee700236ec
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-32.canonical
SPDXID: SPDXRef-item3693940
FileChecksum: SHA1: d3656025178d76d7b36ba3d17e0d20d615ce1bb9
FileChecksum: SHA256: 3b5c6eb2e1d54029617f02f0485eac03bc831049f4a986c05cd469baf611fc2c
FileChecksum: MD5: 5ace5f92507ec18ae198a267b6a65306
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_resolver.py
SPDXID: SPDXRef-item3690606
FileChecksum: SHA1: af5eeb967a556d7c882531abb7e630a3a5d5a964
FileChecksum: SHA256: 176cf9a7915637eb978ea8665819f0fe8d196eaec9a38fbb0a99104539c26f53
FileChecksum: MD5: 67e803847c489adb659123e604b1a3ef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-08.tokens
SPDXID: SPDXRef-item3693355
FileChecksum: SHA1: d9707291fb72f90235279d3c9e7d4319da58e89d
FileChecksum: SHA256: bfa82db77e6d6586f38d4209ee3cdd48b24e070614137833395cc9c20fe05bcd
FileChecksum: MD5: aa98a0876c4b5671458e0a19662565f0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/utf8.data
SPDXID: SPDXRef-item3691803
FileChecksum: SHA1: 0a77cc275ee924d42a94f3de4182f6c1f3870bec
FileChecksum: SHA256: 45418942f35ccf81cbd6dd1838ab0dbea27938ce8fc6f0612654be5e0d986079
FileChecksum: MD5: acdf5a2a948f8dd90be9d7240af64e03
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-06.data
SPDXID: SPDXRef-item3693732
FileChecksum: SHA1: 971f099705bce7c2aa3c1146810c66edacf3e8e8
FileChecksum: SHA256: bfb726b1bfada36889af77ad14fb52decb0cd6812a807f6969a17dd52af5d559
FileChecksum: MD5: 3ca6a4c806f4e29049abc6c854bc7af1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/tags.events
SPDXID: SPDXRef-item3694156
FileChecksum: SHA1: 15f3876048ccf52647decbe38fe6f668838a303f
FileChecksum: SHA256: 172474200306aadc117d8feba1e96652f153a20de768e122c86dbcd5e0ce8c26
FileChecksum: MD5: 5fe635e85cbda93f25d8473803836e70
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/multi-constructor.multi
SPDXID: SPDXRef-item3692197
FileChecksum: SHA1: f777e17ec877d696727bee6fd9dc8575ac9a2ac0
FileChecksum: SHA256: 72707daee5e222f8f5c373024ee7f552f8ab9225c715fc84a725886df67e1856
FileChecksum: MD5: 557b4f0be8b70ba851a5164cc80832db
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-13.canonical
SPDXID: SPDXRef-item3693809
FileChecksum: SHA1: 732550f0cdb0d6d29713cd19457b8ea263069a04
FileChecksum: SHA256: 3a65864ca45dc40a86d79bd94e2e0d73ff7d0661a08e40d231b153f1eae05e43
FileChecksum: MD5: 96456f6a13f63bede18f339b54ff7aef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-06.canonical
SPDXID: SPDXRef-item3693013
FileChecksum: SHA1: 35b4ae0fd3a24547e6756c2f139e3f57f23272ac
FileChecksum: SHA256: 32b1f5914f6d6aabc2dc3973d146366854dd7aea707ac4a19c3890f4e5b8e6cd
FileChecksum: MD5: c937faea7a9d34a24acc3b7bb99c5e0a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-str.data
SPDXID: SPDXRef-item3691467
FileChecksum: SHA1: d52c5f1e1a0d1fdbbc00b88f82a52f87fe3f62d6
FileChecksum: SHA256: 257bac11c7420695d17d632b77cc60126466c2fb1e1ef99f1de82eca24dd2c86
FileChecksum: MD5: aed36668c0630b5ad38ffe9f186f1832
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-11.canonical
SPDXID: SPDXRef-item3691684
FileChecksum: SHA1: ffbb3fa1d9d0d8ec4d0ba08322b18d7ce694cc57
FileChecksum: SHA256: dd802f6389535d2942bf3f7e8680d862395d0f3080b44f7f0a4335974e5aff85
FileChecksum: MD5: 77851d1deb90d4a4601e298fb9ab90f8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_build_ext.py
SPDXID: SPDXRef-item3690575
FileChecksum: SHA1: 017921116be36d16ae3d5c3620f8af197db38deb
FileChecksum: SHA256: 94348be5c3bcfe5385d4298edcd6eac17978557e8e4df740e2929bac3bd33d57
FileChecksum: MD5: 482e08d561c1922acc04719c2fed2ce6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-01.canonical
SPDXID: SPDXRef-item3692310
FileChecksum: SHA1: 3c3db472903079b79fc0303f178e914db56bd964
FileChecksum: SHA256: 5d136528d81b00b2365bedcedfe70a729b31bbea5d624dd66322835413c464cf
FileChecksum: MD5: db69c05c1e3d712a9debaaf8b0140388
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-06.canonical
SPDXID: SPDXRef-item3693244
FileChecksum: SHA1: a4943f9d1373d1c247c5c0a8c62805d80c9c7ad0
FileChecksum: SHA256: aea62a46c72f88a12a8b2388b6b3d14fdca4daf3b7efe56fe07f2501eeeb7678
FileChecksum: MD5: b8c840eff53e4eac95315e7a64084d4a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-name-module.data
SPDXID: SPDXRef-item3693477
FileChecksum: SHA1: c44bd4ee7feef833d11dc5576d437a9001aa55ca
FileChecksum: SHA256: b4d683d8085ed41cb6f3cd45b34bdc3003b6132203888243e6d971279fca0d0e
FileChecksum: MD5: 6d3151bfb42b26abacc9cdf0480d4143
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/expected-node-2.emitter-error
SPDXID: SPDXRef-item3692058
FileChecksum: SHA1: 2fb9c9712e7131dfcbad7bac1f321a0a005f370a
FileChecksum: SHA256: 5f686c343a82d99a49e285ac8d1328dabaf71dc2b4e52721a61de9d3438b7790
FileChecksum: MD5: 985910b7e2257e4e1f2b3dc9d89b0963
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/yaml/_yaml.h
SPDXID: SPDXRef-item3690337
FileChecksum: SHA1: 16a720a18505f462341851f6ee89f47137b95341
FileChecksum: SHA256: 17de6af666fb63fe8d69a1e3be2e765c91323f67178ec5fc69b34809142824c4
FileChecksum: MD5: 4e0ec3239f31448dd6486cf9530f886c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/latin.unicode
SPDXID: SPDXRef-item3693030
FileChecksum: SHA1: 0c30330b6245ad07ace0d24618fb1ab843d59dc2
FileChecksum: SHA256: 42dd8d7d2657e35ecc268aff68e184a21476b4aa191fa1b9871467a61875657d
FileChecksum: MD5: 993b985b80ccda2535b58603c31d1098
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/null.detect
SPDXID: SPDXRef-item3692278
FileChecksum: SHA1: c985a4a6164c9ce5d5f99268c9b08a9922c56170
FileChecksum: SHA256: 6ab201baf858eea030dc4d16fd9dbd855e5364e6741dbd3463b0a4aed12748b0
FileChecksum: MD5: b5fb6aed056ce5d6ec20c538919e50b6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/LICENSE
SPDXID: SPDXRef-item3690519
FileChecksum: SHA1: 3b8919c7f020e71fc3e97cfd724f9463bbac1177
FileChecksum: SHA256: 8d3928f9dc4490fd635707cb88eb26bd764102a7282954307d3e5167a577e8a4
FileChecksum: MD5: 6d8242660a8371add5fe547adf083079
LicenseConcluded: NOASSERTION
LicenseInfoInFile: MIT
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-02-utf16le.data
SPDXID: SPDXRef-item3693972
FileChecksum: SHA1: 004b0ca3cfb6a704c7d7dc01e89f0de1ec4603d5
FileChecksum: SHA256: ab74db5a10da0a595aa41750d467c4528caab153928b6fd961f76332eb8f7390
FileChecksum: MD5: 7470602ada1d314bc03f53646ba2b40b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-03.canonical
SPDXID: SPDXRef-item3693638
FileChecksum: SHA1: aa1fda10a070eab5306d7453737e106a0c409582
FileChecksum: SHA256: 15f67ca0ef31cb3ef5a333698041dfe9b7c5b539aad23f98a9bf53927386bfad
FileChecksum: MD5: 483ffc0f71e8b1bacb78e8ea7ee43801
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-escape-numbers.loader-error
SPDXID: SPDXRef-item3694012
FileChecksum: SHA1: c0c6fd4845d44a789eb91cdccefabef9f5f786c0
FileChecksum: SHA256: 6b31bf9dd6e9273becf678f7421de6bf74a90c80b87820c5c95ad85d829f1b06
FileChecksum: MD5: bfdce7ee612662253d6cdf069f95b0a2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-14.data
SPDXID: SPDXRef-item3693055
FileChecksum: SHA1: 8ada94d1a54019e33770cbb005dc05e2bda67060
FileChecksum: SHA256: 97209b883d997834b8ab4daec96ec6c9bb55d4df7d3a6a8cec6e365175f963fe
FileChecksum: MD5: 0b85e006a881b9f6cd5e87d3bafc1385
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-none.data
SPDXID: SPDXRef-item3692142
FileChecksum: SHA1: 8692bff6613eeb039998666261a602a6edcfc488
FileChecksum: SHA256: f0c6b31bd0bb7ce1922b6c981d6599145eaea8a1414787a112efa6ddd0288bdd
FileChecksum: MD5: a66717f802db6a24c784b96100b4163b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-10.data
SPDXID: SPDXRef-item3691166
FileChecksum: SHA1: 2bd3c501f59210e0850818758ddd983256641418
FileChecksum: SHA256: ef723639eef3f63fae9cc2ddc7a3af6d723b3ab98686332c39f3c16d78f69f38
FileChecksum: MD5: df974d198729daae563bdd2fbbf6f8ac
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-09.data
SPDXID: SPDXRef-item3693302
FileChecksum: SHA1: 92f1c559811b71cae1ab1e5d84c501f86b4b8072
FileChecksum: SHA256: 4e21896621d3d3f76bacdfcc45f415190e1d0a7240593cf5e7d576a8ce09e730
FileChecksum: MD5: 5ef15b07c9ded4cb2dc631d1685142b3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-uri-escapes-2.loader-error
SPDXID: SPDXRef-item3690932
FileChecksum: SHA1: 52e776ced7fd3a4bcf4faec99962a329611d0f55
FileChecksum: SHA256: 5a2bf8f8387db129ab187418c9ed6888c37274dca47f70dd72a84cd00517a0fd
FileChecksum: MD5: 6c802d8f5b80a0f0109c8b75cc548213
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/dumper.py
SPDXID: SPDXRef-item3690416
FileChecksum: SHA1: 7f633e553e24d82f91f77e6414788e83c91f9f72
FileChecksum: SHA256: 3cb72d66563064ba7b5e679477046ebf89d8399d940670c8532f3e94a7cb17ea
FileChecksum: MD5: e0f0ca9c666a9a01791edbd817348a3f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-float.code
SPDXID: SPDXRef-item3691965
FileChecksum: SHA1: a8943c1d6aff59fe043e7e296376d4d88c4d8f72
FileChecksum: SHA256: e8a615eb783aba1e6ce5fc0810ab119aedcaca769ca68bc89faf38861505af00
FileChecksum: MD5: 99c78364a3f81b3c1beaea45a57878fe
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-set.code
SPDXID: SPDXRef-item3692148
FileChecksum: SHA1: 83edae4ea2d894b3290f22db4b034f13426182be
FileChecksum: SHA256: 919bd7d66028a34b9c2d817f8077ebdf0fe6a57979efb1c90c9066929f25a39f
FileChecksum: MD5: 477a8e67040d5ad50532c59bc26ea99d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-13.canonical
SPDXID: SPDXRef-item3692627
FileChecksum: SHA1: cbb15013dea7054547867df343e10f0944764cec
FileChecksum: SHA256: d39638003675017a0da25ecd07240d1ac80309272270e81f73d4bed42038641f
FileChecksum: MD5: 1558ed77e6bebcb8a3c93a30cb54bc9f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-block-mapping-end.loader-error
SPDXID: SPDXRef-item3693626
FileChecksum: SHA1: d0ef2474c08f91165cd47bfe0fbb6fa21fcf504b
FileChecksum: SHA256: 6340733b16a2580513fad55cce70c14b9a1f3cebe84df12974c44263d0499361
FileChecksum: MD5: e405d3fd0546b3ef522253d0884c1831
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/myfullloader.subclass_blacklist
SPDXID: SPDXRef-item3691156
FileChecksum: SHA1: 373d9351830eeff85da421f0c96ebd009b1e0aec
FileChecksum: SHA256: ca93bf0089ec38d4b5bc74278126e84042b526a10a4157ff6206fed1c5141486
FileChecksum: MD5: 268243a159a5aff82a7cb66b9ac0f768
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-01.tokens
SPDXID: SPDXRef-item3691960
FileChecksum: SHA1: 587b838762aa2c9a030739f87bb44ed34f59dbf9
FileChecksum: SHA256: e6aa192395d62ad3f85d5ed5b982b1d7c158c1a1621eef13d4cfb0c60c7e775b
FileChecksum: MD5: 7cdbec5d3c5f56a43051f1e171c85cea
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-block-mapping-end-2.loader-error
SPDXID: SPDXRef-item3693742
FileChecksum: SHA1: f57ee17ed5709656b446cf25da6b164515ca97f2
FileChecksum: SHA256: d1e38ef2be89b30acfcb7678eb7921ccec0da2a21b3f6fcb7a418a598254562c
FileChecksum: MD5: a479893d6aa04b382e096937fa84aaf1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-16.canonical
SPDXID: SPDXRef-item3693563
FileChecksum: SHA1: 09d7d8f0ecf74c9d70203f3eef2c14f1cb55a755
FileChecksum: SHA256: 7e9990bb9abd88b8c46cd1289d453b920ce8ac1ba4d5a3fd152909948492b204
FileChecksum: MD5: 92028a7f06f66a7b1398270a049ca216
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-starting-character.loader-error
SPDXID: SPDXRef-item3692972
FileChecksum: SHA1: 49ac630c7fd80febc3a2e49e6b91b5f39c96dbc3
FileChecksum: SHA256: ef1eb78a66b149ff680474f4f5fb3e5fa30f868d6f8f3d5602e79479bee00619
FileChecksum: MD5: 5b427545579822bbdb7fabd182240f6f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_schema.py
SPDXID: SPDXRef-item3690582
FileChecksum: SHA1: f42c26aa412d369405b06f93c0dd64f07f4c72e0
FileChecksum: SHA256: 0dc5aaa783729f53f7646c275bd078606fdb3a92e2657a6400ffa98809909e68
FileChecksum: MD5: 6c5c77d17963518f2c7f8d3966f273e7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-14.canonical
SPDXID: SPDXRef-item3691527
FileChecksum: SHA1: ff4a32d7ebba1ea6fbd60db5d1fe37a979becf0f
FileChecksum: SHA256: d77191b414e56443ec51cca27f31e52868a58769634824255d013bfa6dedb239
FileChecksum: MD5: a156d6fd8d8ea321a76f8d11d5b60828
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-escape-character.loader-error
SPDXID: SPDXRef-item3690886
FileChecksum: SHA1: 50351e271225c65518324de0b9f33accb9c8c9df
FileChecksum: SHA256: 3c907107f7545d78c6a7bf8c43d25d4baa7adf3e61b66493143e0d0a7de64966
FileChecksum: MD5: 6ff5814dfb49b46e618b3ae86dbf56b1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/parser.py
SPDXID: SPDXRef-item3690431
FileChecksum: SHA1: 49dbff769e7e1ccbfc8c4ed0eff2f00582b01216
FileChecksum: SHA256: 8a55a9e6fbe0a07146cef3990c8b45a068c3e83e369e1959ad9ca30306b4a09a
FileChecksum: MD5: 76162f1345a16482938965d80a699e45
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-05.data
SPDXID: SPDXRef-item3691856
FileChecksum: SHA1: 83f19f34d698dd203dd79a42652259251fa4d23d
FileChecksum: SHA256: 5219be5355527f38f44bb20bcf89363447681624b65da1c0a1c9e77f27eb5db5
FileChecksum: MD5: 9421afacab39bac9b1cb2baa2b8ab99a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-anchor.emitter-error
SPDXID: SPDXRef-item3691600
FileChecksum: SHA1: 1b6c93d3ffc648bf8699cf05a58cfc393341e05b
FileChecksum: SHA256: 8c3dd40f12f61c64b8367913d63630680207ad84dbf8f079bc6fd95c1862e8de
FileChecksum: MD5: 9098288e7a04583c29d95d4d9ea604ba
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/yaml/_yaml.pyx
SPDXID: SPDXRef-item3690341
FileChecksum: SHA1: 7441fc7329b1d406f43d466f0969fdfa6d27cfd2
FileChecksum: SHA256: 332ce5c496ec467614e9748b9966f777e09deb89b29ed0e88d8b350aef683df5
FileChecksum: MD5: f61357462014762256981caa00af9b91
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-none.code
SPDXID: SPDXRef-item3694089
FileChecksum: SHA1: d0a6e24a68227109cfd0015b0cd6da4e371d91db
FileChecksum: SHA256: af5d8a21858f42808c9bcc17012b77bcc2fd6ab3b071dbd4a05f13f410470541
FileChecksum: MD5: 08e9de24ab150d083240557cec091d53
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-13.data
SPDXID: SPDXRef-item3694017
FileChecksum: SHA1: b4a0ee56ab3baebe2e789adce628516097db3ac5
FileChecksum: SHA256: 02c77855cdee7139f5d50291cec89f21d67082639194e08c542f12159395d917
FileChecksum: MD5: 44fb615a99777aed9421a1a6e6b3eb77
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-12.data
SPDXID: SPDXRef-item3693350
FileChecksum: SHA1: 68935fea068e7613e3877b607dadd04103da5523
FileChecksum: SHA256: 430bf9a7541ff94e42264986a22bf492a7c2d7cf4e5fce165b005f39aafd600e
FileChecksum: MD5: 9825958a3eb9f04ccbd0c35b9f8b4c14
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-unicode-ascii-py2.data
SPDXID: SPDXRef-item3693215
FileChecksum: SHA1: 82ba6e391c855b0e72e25da69bd294eb12915fb2
FileChecksum: SHA256: 5510018eb507dbf5d698f7d3c7c0d60785d1034a0e473eaceb36e438a29a1293
FileChecksum: MD5: fe535b29e21054a47fc0d9906286ab1a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-yaml-directive-version-2.loader-error
SPDXID: SPDXRef-item3692255
FileChecksum: SHA1: 06e42e807ef09528105413d626c3af1f41608c09
FileChecksum: SHA256: e5aedf5ed3477c3dfc4f8c51d3c93b037ec0bf60fe8c6b041a7fccf74d832163
FileChecksum: MD5: 96c030405e8361b7b25243e89e80f5b7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-python-name-value.loader-error
SPDXID: SPDXRef-item3692397
FileChecksum: SHA1: 4a9c93c8c162131845921781815a63376149c850
FileChecksum: SHA256: bc30d0dcdfdf1b33faba0229513d793bfe0d2b7eed6a0ac98fbfce256eb38e4e
FileChecksum: MD5: 4d4aa7f64d1d006a087205fce63a61df
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/overwrite-state-new-constructor.loader-error
SPDXID: SPDXRef-item3694094
FileChecksum: SHA1: 030dc22b9c6993a88e27e4be3c4ab860d2fc9115
FileChecksum: SHA256: 05acee7d87f89991948ca6491afc975196516ec560acded95bd6703233640a2e
FileChecksum: MD5: 8881a8b4841c3934f85ff48a7fec8e06
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emitting-unacceptable-unicode-character-bug-py3.code
SPDXID: SPDXRef-item3692041
FileChecksum: SHA1: cf155622d2744225cecdda2e704f7f74fb76dd2d
FileChecksum: SHA256: 30a3ce232dc4230ddb56ef7be618709f4c95f8cf05a12ba19d71e34d39f5770b
FileChecksum: MD5: 9f0a173b622e90ae0108feb0aec8154f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/undefined-tag-handle.loader-error
SPDXID: SPDXRef-item3694107
FileChecksum: SHA1: fabca2567d9b95a436f02027ffb1a27cb3cc7d77
FileChecksum: SHA256: 5771295917972ea89ab6204a51eae76206a2f9ff30e5a5e7f754ae4051a45248
FileChecksum: MD5: 0d3b7c114df12e6c714572e73343afd5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-11.structure
SPDXID: SPDXRef-item3693738
FileChecksum: SHA1: 6d0c83b53f9d5f2cfea5fd1cd7c65a79b5becb37
FileChecksum: SHA256: 2eb901e53a19466b07e2e20fd34644097ab268e2f4b770458c7d5c527dda7593
FileChecksum: MD5: c14a4714942643fa9de29fcb3111ca7d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/events.py
SPDXID: SPDXRef-item3690454
FileChecksum: SHA1: b45a3aa7eb8e3428fe18fa5801accb4c42d1137e
FileChecksum: SHA256: e74fd392c810884e2ea7e94aa3f57e9c1cbeb402319083d0c58e6a0e1282787c
FileChecksum: MD5: 040482aa0aa48c6f93a860a3bdba15f6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-indentation-indicator-2.loader-error
SPDXID: SPDXRef-item3693688
FileChecksum: SHA1: 1ba3ee58d74f8e90503facfd8ac1ff347a377edf
FileChecksum: SHA256: b758a175fae39d3f8dffb02dd2f853b90b6ff53edbc9a874467fe1912cdb6727
FileChecksum: MD5: be1e1d98fad012c1f0e32fb338d19333
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-block-scalar-indicator.loader-error
SPDXID: SPDXRef-item3692763
FileChecksum: SHA1: b3d8b73c6b798ebae1bfe0c8d56e72cf63330bf7
FileChecksum: SHA256: 346810c7f3d96fb6884cd18a1ea7adfa1190b5e3d460269bccb179c48f1ad528
FileChecksum: MD5: 05383b5a2448bdc19a72dedb3d452116
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-document-bug.empty
SPDXID: SPDXRef-item3693957
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/utf8.code
SPDXID: SPDXRef-item3694191
FileChecksum: SHA1: 2d2c6e17f5680a118e23b6410a39a4ffc99ef30a
FileChecksum: SHA256: bb1ccce193fe945314c74fdfd4e943d735ac59d6d675e16cc4bbdb20dbd22281
FileChecksum: MD5: d7cdf813921266e4661ff30d26af7c95
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-04.error
SPDXID: SPDXRef-item3693799
FileChecksum: SHA1: 8aca095a0371a39745505d55ea0826c266979064
FileChecksum: SHA256: 3a94a610b7f0a542be485e8cf21833a0d8ce505ce4b7ef021b8133d3d34bd095
FileChecksum: MD5: 80a9d0af774f625755b6a7a6defdda77
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/negative-float-bug.data
SPDXID: SPDXRef-item3692819
FileChecksum: SHA1: 1826dde7f91185e592980e0627158c6e46e6be6e
FileChecksum: SHA256: cc5482e475410bb3c8bc75037a4b490a8010102c3ff55a5cf6f4c89c999a5b11
FileChecksum: MD5: fd446016346e5c86d76fcecbdb92e4eb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-15.canonical
SPDXID: SPDXRef-item3690996
FileChecksum: SHA1: 8d41653a0caffdf33eee075c7b178f830b1a56bd
FileChecksum: SHA256: 49c58245bde10890c8624d29ef740cc2950c95e40fdf9bdeb4da4bc74d188f5f
FileChecksum: MD5: 1a4802487e15ae235e5d5f0c9811d077
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/expected-mapping.loader-error
SPDXID: SPDXRef-item3692320
FileChecksum: SHA1: 95159d7e5b1574bb5814c8d4fac5855d771dc2ba
FileChecksum: SHA256: b857be602102fc6ee54b83b1ee501b3d362ded11a9fdfa7a6196a46e3bf9f1b0
FileChecksum: MD5: 276c9c2bce3f113f055a98b27045f647
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/forbidden-key.loader-error
SPDXID: SPDXRef-item3693081
FileChecksum: SHA1: c58657fd59c424c99713273d91d6cbab1ed7448d
FileChecksum: SHA256: 1c9db5d6163fd36d500f6e9d1bea3fde22136fb18016b01af92f7a6f2d24b4e6
FileChecksum: MD5: 2cef67ab3d366591b69eb48d57eb80d2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-01.canonical
SPDXID: SPDXRef-item3690665
FileChecksum: SHA1: 182671f6c082d177b250c6b58dd3905d3c959b74
FileChecksum: SHA256: 953377f381ef7e1012811a6f0811daf14ba6dccd2f9fa074a7c5a88ffdf42ff8
FileChecksum: MD5: 3e445264cd05a72fb8a55c28d3aa2f29
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-02.skip-ext
SPDXID: SPDXRef-item3694102
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-04.data
SPDXID: SPDXRef-item3693870
FileChecksum: SHA1: cd285a4d0f6921846b3e30013894ab214daaa64a
FileChecksum: SHA256: ea6c82a699584abbf9d75473e8a4497185e7a18bb99ff937734a06c671497d1c
FileChecksum: MD5: 23003665b79201c04e485882dd4eb4d0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/negative-float-bug.code
SPDXID: SPDXRef-item3691479
FileChecksum: SHA1: 1826dde7f91185e592980e0627158c6e46e6be6e
FileChecksum: SHA256: cc5482e475410bb3c8bc75037a4b490a8010102c3ff55a5cf6f4c89c999a5b11
FileChecksum: MD5: fd446016346e5c86d76fcecbdb92e4eb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/utf16le.data
SPDXID: SPDXRef-item3693545
FileChecksum: SHA1: ae2bcb498522cd69f536b17bdd5fd188caba7415
FileChecksum: SHA256: efa20cbb9ff0592b0b955cd72e367861cbc266a9333adef6691c46905ee46fe3
FileChecksum: MD5: f7b5a4b4a099c5ef2707a524b6aa72e9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-omap.data
SPDXID: SPDXRef-item3691170
FileChecksum: SHA1: d054a6500bd499ece98314964081a1bdf0cdab1f
FileChecksum: SHA256: 4a520e76ebac079e5ed987408ecc42f96a0fe54fad138fff8b6ce68e94c5ed6e
FileChecksum: MD5: 71ff08484fe5dd6e5992850273a58d41
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-02.data
SPDXID: SPDXRef-item3692487
FileChecksum: SHA1: a300959e5b03d64b1175bc0eb9c15205bc3ee159
FileChecksum: SHA256: 03ab83a2e11711541887454658f03fbcdaf428ec285a8cf5fa5f746215db2838
FileChecksum: MD5: f0ac3ef2b2d3985a557946d1762af98b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-03.data
SPDXID: SPDXRef-item3691382
FileChecksum: SHA1: 3c56811ea55d6203108ca615aa289a4902fc1339
FileChecksum: SHA256: cd66f8736d80230bee7b88b5148af7474ab62efede07c739b12f027283592711
FileChecksum: MD5: 1086124e2c98437385b3e206ede0414d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-12b.canonical
SPDXID: SPDXRef-item3691759
FileChecksum: SHA1: b4648a0d75663f46baf449802c9402d3412bc3ea
FileChecksum: SHA256: 8eb4f1b4706937fc9bc6d51a8624f3026df51f939a3a718e1a2373eaa2fe4ca0
FileChecksum: MD5: 9aa62e62323fc880cf916cb80326c78e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-24.canonical
SPDXID: SPDXRef-item3690971
FileChecksum: SHA1: a554a4a508b56740e43814656ee36212f1c53277
FileChecksum: SHA256: 1653b6f4a30f467dc442c4c157f3486c1c52ba1cd23c402a2b30f4282a9708bc
FileChecksum: MD5: f750b663e6a8c036e7e74a2f2e90ec7c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-21.structure
SPDXID: SPDXRef-item3693317
FileChecksum: SHA1: 4ba61e05be3cf6d16420eae3947abb5ad8de2691
FileChecksum: SHA256: 419f8e879fb55b8c4df7fe04d0f922d87724feef639e8e7762b62248563330a0
FileChecksum: MD5: ed5bcffa3b0b50685eb3eabd3f72401d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-11.canonical
SPDXID: SPDXRef-item3691641
FileChecksum: SHA1: 0853a2945fea7df128f99314fcce8f2db4cdfa56
FileChecksum: SHA256: 3bf8afe2163c2c7f4242e1f4dbcaec087b45f27cca3d5b0749c5b3151ea2842e
FileChecksum: MD5: 61bda807df28a9a4bbe8becaf76fbec8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-28.canonical
SPDXID: SPDXRef-item3691997
FileChecksum: SHA1: 92893e0b480dc8d434d941141f992d92009c1996
FileChecksum: SHA256: 7a494deb3bab821a672c4bb57c4f7e666081c96d63b094029c829f944a12e1a1
FileChecksum: MD5: 1a7e652fed650883364e6e2d136b8ff1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/expected-document-end.emitter-error
SPDXID: SPDXRef-item3692086
FileChecksum: SHA1: 9e15ee37726e2f1a594638925089d4f3a0eedb83
FileChecksum: SHA256: 2b1e4c16561f6a9672e36726730f3a95cedb7dee96d42afb70499fd4e7dd9489
FileChecksum: MD5: 4a75a970515823a7c03b74ec4e1b35bd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-05.canonical
SPDXID: SPDXRef-item3691741
FileChecksum: SHA1: a242e077a42a1fff1ee66010c2c599ed5c3ab62b
FileChecksum: SHA256: 6b2b5e2b738adc43f9605f56a0a0411c68384f1151047b131d8193e626be80f0
FileChecksum: MD5: a39d9d4d7e1ea2682f29d7213e4f794b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/value.data
SPDXID: SPDXRef-item3690952
FileChecksum: SHA1: 189cfaa8bc61a1a058e0e4034dea4653a55b02f9
FileChecksum: SHA256: 04ea44dcd45ad758e9827c7d8813b61f42eaab8a21fceea8c2ad3efac133a313
FileChecksum: MD5: 0332d53e5aef8717ce8fcc65bc5f079f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-08.data
SPDXID: SPDXRef-item3690754
FileChecksum: SHA1: d120c33fc1754f76ae376dd74bd0c00750b3d3f6
FileChecksum: SHA256: 247973b746d3ac5361b1502b14eb5a4fd389f2f71f3ac37157de28d8c4592809
FileChecksum: MD5: b7b697ef42676f8ae93369b84401e80d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-08.data
SPDXID: SPDXRef-item3692351
FileChecksum: SHA1: c752347ff0455eb806dcfb3b6332d49a10a53af8
FileChecksum: SHA256: 4f58aa8b92f6fb0a1d014a9a5c1f3c21b030f5c6192478d255567fc0b43de12b
FileChecksum: MD5: ae1c559ca164033c48ee05b16cdf1e93
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-20.tokens
SPDXID: SPDXRef-item3692635
FileChecksum: SHA1: 3df536975f322af77d23551dac0ca0c4d343e8f9
FileChecksum: SHA256: 1eb4cc260f552364b38a6cde2d07c516cd477846123823e9f367dfebd3c0086d
FileChecksum: MD5: cd2a53ab8329e4160ce334bd430c6c77
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-long-short-py3.code
SPDXID: SPDXRef-item3691713
FileChecksum: SHA1: a8fdc205a9f19cc1c7507a60c4f01b13d11d7fd0
FileChecksum: SHA256: 181210f8f9c779c26da1d9b2075bde0127302ee0e3fca38c9a83f5b1dd8e5d3b
FileChecksum: MD5: ba1f2511fc30423bdbb183fe33f3dd0f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-09.canonical
SPDXID: SPDXRef-item3693933
FileChecksum: SHA1: 7d78bde8774e55171d8462f9bb64ffa7de12708e
FileChecksum: SHA256: 73b3ee510a0e9eb5a510f9f1549dcf38994a5a7a1fa24cf62e9cf3f74ed1e649
FileChecksum: MD5: 1b44dcfb442765366ed1bb273e6658ba
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/serializer-is-closed-1.dumper-error
SPDXID: SPDXRef-item3691925
FileChecksum: SHA1: cca85323a3ceb3979265ef02b3b8705173dabd86
FileChecksum: SHA256: aa768cdd8a868dd15586f94d3afb0dc67974972d7e6e5a40b729cbf6ebb1ffce
FileChecksum: MD5: 1f2ac93739959d26a48b74686d1446a7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-21.data
SPDXID: SPDXRef-item3690661
FileChecksum: SHA1: 240287abc66486748fd9bbf0449584a6b0b90546
FileChecksum: SHA256: ee53734bd087512298d1aefedfa0690b66d9d69da95994f49c5154065b3a2bd0
FileChecksum: MD5: ca670b5fdd2cb824e808759a4575aee5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/serializer-is-closed-2.dumper-error
SPDXID: SPDXRef-item3693772
FileChecksum: SHA1: 96202905b59fdadcab324f0b2c0bc84e44edd38a
FileChecksum: SHA256: b896724d36da5c0815588587a65a535d2cdb940537247b94f1b6e492c02c902f
FileChecksum: MD5: ab8b1164c38d1c35639d28c635ce3683
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-03.data
SPDXID: SPDXRef-item3691211
FileChecksum: SHA1: 9ca4d6e9d83351af5d6651f1f32d4688c3758828
FileChecksum: SHA256: 83feffe6be0136e7de1dff8dc887d10795be638eeb40eae89423be1c8c2478d9
FileChecksum: MD5: 42626cf00489b899597a7c5cb388a79b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-01.data
SPDXID: SPDXRef-item3694204
FileChecksum: SHA1: 978f5f806234bd9f3746a568f8e432361057b857
FileChecksum: SHA256: 5fa4a5f60fb72cd3fd2b7862f59df0ef144b307d6699713e00a0e4c19ae3c084
FileChecksum: MD5: 4214d2b25ff0a2a6f3ff4dd8bae30034
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-14.tokens
SPDXID: SPDXRef-item3691580
FileChecksum: SHA1: 82202f1cdf7dbe7f6464f69d8ba2597a9b4a8b93
FileChecksum: SHA256: 158bf3a0214138f34b750453d401e6c0ef3e86c1e385a009ebb0a0eafbedfb49
FileChecksum: MD5: 843c7b3537c5ca9ec44e2483ff396b64
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-05.canonical
SPDXID: SPDXRef-item3693622
FileChecksum: SHA1: ce19afbe38bbaaa653f66793fbef270e6c7d9c40
FileChecksum: SHA256: fd3905f6cd406226295a46c5b96763acf0f6a3d2e60d49bf3d49f206f34213e0
FileChecksum: MD5: a6561210435d3e3b95915eaec9cc55c2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-06.data
SPDXID: SPDXRef-item3691245
FileChecksum: SHA1: 9d3e82aec770a48a4b11dcf3876aef82d7b4a731
FileChecksum: SHA256: fbbd975d98aeaa14fa324a2cdbc8e656447b77f06748f6711d010134b47cc769
FileChecksum: MD5: 26594af1d8669cb3325179b8c2b33437
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/odd-utf16.stream-error
SPDXID: SPDXRef-item3691417
FileChecksum: SHA1: 69655b031c3ce5cf97a86db27b4197dc587d7ef7
FileChecksum: SHA256: 1568ba5f38c1a4c36d2baad927610b5ffa832f97fc87b27ca855811f21666bfc
FileChecksum: MD5: fa236b538d6e41ef72665723a8d8b84b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-tag-directive-handle.loader-error
SPDXID: SPDXRef-item3693417
FileChecksum: SHA1: 7a5130979ae41f723a5254d5d4c66f6cf275183a
FileChecksum: SHA256: 6f9cd32b7ad80d5fd2646badd2f2aa1e5a4548fc6d9ec652969600a94c7c0348
FileChecksum: MD5: 53f3582cafce625a1d9e8915cf714cf8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/resolver.path
SPDXID: SPDXRef-item3692607
FileChecksum: SHA1: c9251191413170833fe0fdc7616ddee7ae1a147e
FileChecksum: SHA256: 497092410946e7ba1a57005f5a820a8fd1937a02d6025b3a5c400a2c88bac499
FileChecksum: MD5: 7af542e598482f90ce50cda90fc14352
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-simple-key.loader-error
SPDXID: SPDXRef-item3691160
FileChecksum: SHA1: 45a54c4a70b4a39c27eb0323754c58a58f721710
FileChecksum: SHA256: ee4c00bf6af2b3372e6082bfb26e7b170f2a369a4c0ebb0780307571a33fe357
FileChecksum: MD5: 39b40726e5348399bac7c9b04381426b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-node-2.loader-error
SPDXID: SPDXRef-item3693795
FileChecksum: SHA1: 879fc718f4401363154e4f0c863dd66ed96dfa72
FileChecksum: SHA256: 9c9bd9eb9c912c73cd5307e7735bb15fbd286e20515b543670f1350a0e3db177
FileChecksum: MD5: 7a346cd3597411338b69789daa46319a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-pairs.data
SPDXID: SPDXRef-item3691904
FileChecksum: SHA1: e0aa9fbc3230f50ac4e62e5b057575cf0aed75e5
FileChecksum: SHA256: f093a853dfa09fab23884cb466154f48323e12bf65eee0e0e78a31feca51000d
FileChecksum: MD5: 4a2494f50b803c5bd79e8401667801bb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_all.py
SPDXID: SPDXRef-item3690616
FileChecksum: SHA1: e7055362cd45bb80dbe7f2eb5bc9adf4ac984ca3
FileChecksum: SHA256: 41137037d10bada1317a072ec6c3c4284d2de288fcec31c04c1e754f14f663ca
FileChecksum: MD5: 7d81b19d6f4c68c3a0e282ee8d5fe9ab
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-03.data
SPDXID: SPDXRef-item3693259
FileChecksum: SHA1: cfe4ce9b47ab584a4d800d40b0e26902944ef781
FileChecksum: SHA256: 55794add695f4dcc0490be78316e1cd21a4348021f333466aacc897f55a417e6
FileChecksum: MD5: 3ccd8512e9fc078bd0992c6136dc9c72
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-03.data
SPDXID: SPDXRef-item3691493
FileChecksum: SHA1: 83fb4164e773e8730e504fbea3031e3d7f88b4a7
FileChecksum: SHA256: 4ea0dec7256e12d2560f475ad6540f6cce43259905dc81f653a252f3fed2af58
FileChecksum: MD5: 4760d1d6afb301cc27d23b0c5c86d302
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-tuple-list-dict.data
SPDXID: SPDXRef-item3691182
FileChecksum: SHA1: e2248d27f0245f69ea3a15c74740ae87af93926e
FileChecksum: SHA256: db784396c6347f6760eb3c721e16bb808a82d97ce1014aadb727dbedd2b0f662
FileChecksum: MD5: b180d10b7a6fa857a19fd752a31d59b5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-12.canonical
SPDXID: SPDXRef-item3690841
FileChecksum: SHA1: dfeab11454199a9051e202083700e3b7b045eb45
FileChecksum: SHA256: f6eebe9b67665c2ec17521c8d257d37b188742c9287f52bc212cb8b9538500a1
FileChecksum: MD5: bad50adc56582b112ac16bfded3c9216
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-binary-py2.code
SPDXID: SPDXRef-item3691310
FileChecksum: SHA1: bcf4c904bdb24502502e939f2c0a62d4a3cba108
FileChecksum: SHA256: c293e9dec05ac5aa20c0ca88800ee950f30cee5362b7f919fba0bb177a964c00
FileChecksum: MD5: 4c604f26f35574832798b250fcb69a38
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/tokens.py
SPDXID: SPDXRef-item3690421
FileChecksum: SHA1: 2f49888d399714a6376d3b9df52cc394263ee6d9
FileChecksum: SHA256: 953408cd2570f0c83dc2fe39f7e4e388e41eeb05738aa69196a5f6ffcf6ba79e
FileChecksum: MD5: 33423c7f46708cc3884a32b8ed937ac6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-str-utf8-py2.data
SPDXID: SPDXRef-item3693540
FileChecksum: SHA1: 8860acdd7440cd5bcaa806fb9a3dae0aa75f7871
FileChecksum: SHA256: 44aa94efa226447811ebd9d177b57d8f3fc413122f9d161f35206bc73e9b3318
FileChecksum: MD5: 4eee8929dc3299670149f884e3c41589
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-04.structure
SPDXID: SPDXRef-item3692589
FileChecksum: SHA1: b0dbf46d2749eaf14d9f99094feee97ebf6075ee
FileChecksum: SHA256: dc6f632740576fcf6b4889b2831be1f11bd521451914b64a7fad8605fad3bd87
FileChecksum: MD5: d6e234607b756303b6c32f7aa6627a76
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-uri-escapes-1.loader-error
SPDXID: SPDXRef-item3692473
FileChecksum: SHA1: 88bb502eb4c1b1f995de029ea1b2eafcb8f5df03
FileChecksum: SHA256: 1b41656bdfcb1d522d474b2186ea5fc3897444d49ad683e8bc5dcb149391b7e1
FileChecksum: MD5: 559b833fcf24b820510bdac17ea31574
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-22.structure
SPDXID: SPDXRef-item3694194
FileChecksum: SHA1: 4ba61e05be3cf6d16420eae3947abb5ad8de2691
FileChecksum: SHA256: 419f8e879fb55b8c4df7fe04d0f922d87724feef639e8e7762b62248563330a0
FileChecksum: MD5: ed5bcffa3b0b50685eb3eabd3f72401d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/sloppy-indentation.data
SPDXID: SPDXRef-item3691341
FileChecksum: SHA1: 3cbb977d69ae26fb24e47aa684b3b8c4682c3a9f
FileChecksum: SHA256: dae3531b3c028165b73853af72cb1df8f077ed69a9e2d91b28bb955c54127eb6
FileChecksum: MD5: 99cca57710c0986573ea018237a4b89c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/recursive-state.recursive
SPDXID: SPDXRef-item3692245
FileChecksum: SHA1: 16300538724b020bf7db5799b6d86114d2e57eac
FileChecksum: SHA256: 1b8a195be8bca82f8c373088a7b2ad3a0e02217e6113f00b3df5848762ba19ae
FileChecksum: MD5: 97a5996d1588a29485c1f02f2662487e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-base64-data-2.loader-error
SPDXID: SPDXRef-item3693766
FileChecksum: SHA1: 8f676258cf3373a78b716ba42b819fc5e6d00dd1
FileChecksum: SHA256: 4474e57067ab91673432f41ac1b14c9ce992ea803e64e09b883a7126d522e884
FileChecksum: MD5: 278ec296235d91d3f60a3fc48127784a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-12.structure
SPDXID: SPDXRef-item3691261
FileChecksum: SHA1: 24769cfb51debbaabe31fe361de937b97385dbfd
FileChecksum: SHA256: 116177d024a92428a42f8fc8c0615aeb3204efff4c815ed59193a129145fc624
FileChecksum: MD5: 3167b768b96960981f12326e9a299eb2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/expected-stream-start.emitter-error
SPDXID: SPDXRef-item3692105
FileChecksum: SHA1: aedb0ad7241f86eb8c740b73a24150234d6e38ac
FileChecksum: SHA256: cf85b96050d67e911c36ce8b5d6717fa71d58655c71fd17b6418085f9b5803d0
FileChecksum: MD5: cd51e722017f278fe0a6b42e40769668
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-33.data
SPDXID: SPDXRef-item3693930
FileChecksum: SHA1: bc808f631467cfe7b3455233c3ffd569ad4bdb9d
FileChecksum: SHA256: 26c7f9729f15d8360508457838ce5ecfb25cde6ed481fe34634ea7ee59d316dd
FileChecksum: MD5: 67c415873b60b63a2ac27aab27220194
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-tag-handle-2.loader-error
SPDXID: SPDXRef-item3691104
FileChecksum: SHA1: a1c1e4b672b95864afcf6ef0c5afba1e5a8f653b
FileChecksum: SHA256: 0628d1b398e548a5c684f4aba0aaead597a330238df7b4ba1d66fda5c21a34ae
FileChecksum: MD5: 988b43e2d23858125ca6cdcb6f9a65c7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-int.code
SPDXID: SPDXRef-item3693280
FileChecksum: SHA1: 48a10884b81db61961e4ae062d26d0ea208fd497
FileChecksum: SHA256: 50ffd9d3e3adc6576a138a881aa2329deb479ef1b30c97e36c3846034e1fc617
FileChecksum: MD5: 63ac882914be7cebe825c40ca62caa69
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/sloppy-indentation.canonical
SPDXID: SPDXRef-item3691691
FileChecksum: SHA1: ff893ecb904a840d2cf50c89fb8186cf54570751
FileChecksum: SHA256: e8972c85ba947b19aadca16568814014d11e958798777367c1e7390d54b8b815
FileChecksum: MD5: 66d95c6d1d800dd4d99b15db16274347
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/scalars.events
SPDXID: SPDXRef-item3692990
FileChecksum: SHA1: 5c3669114f42470df83072e54de322625522667a
FileChecksum: SHA256: 61414bbfbd0cfde7561533b83f6ae4617ab18528089c2cc0bb3e931f8d9d11b4
FileChecksum: MD5: 25fc0e9d86a53fbe9e1d664a268565cc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-01.data
SPDXID: SPDXRef-item3693857
FileChecksum: SHA1: d07cc0b66a62699572e8236575e55fd6d9d80852
FileChecksum: SHA256: 886fcce88b814f23a024efb7ef9cced54a9bf30aaf5ecb3552bbd0e1d9f5b908
FileChecksum: MD5: dd5b89362ccb7a9351be0e0819c80f97
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-07.data
SPDXID: SPDXRef-item3690908
FileChecksum: SHA1: be20eb22673bd2d527972aa321e7b97431a67021
FileChecksum: SHA256: c7f86100f8fde24545ba8118017de308432fd5c6240e3f7474f6ef97b784463e
FileChecksum: MD5: 828fa9e11ebd0baf0ba4029814b1c462
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-33.canonical
SPDXID: SPDXRef-item3692864
FileChecksum: SHA1: d3656025178d76d7b36ba3d17e0d20d615ce1bb9
FileChecksum: SHA256: 3b5c6eb2e1d54029617f02f0485eac03bc831049f4a986c05cd469baf611fc2c
FileChecksum: MD5: 5ace5f92507ec18ae198a267b6a65306
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-pairs.code
SPDXID: SPDXRef-item3690679
FileChecksum: SHA1: 6ce96a903a5430d135ceebdcb254b31493c51aa4
FileChecksum: SHA256: 58faaece52404616a26333c6ca40c0087356afbd71e7713e1d513292e2d7390b
FileChecksum: MD5: 11bb7f7bea233051068013ee38279c23
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-06.data
SPDXID: SPDXRef-item3693702
FileChecksum: SHA1: f16219d64a58e5624046577a7dd0d008d2dd04d4
FileChecksum: SHA256: a0809d51f216c4d9c8d2e11a8d39ab71bc6fd3e4b5beb4688b8b29d43d76dc42
FileChecksum: MD5: 9d9795df52058f221a5df386489afdbe
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/yaml.data
SPDXID: SPDXRef-item3691973
FileChecksum: SHA1: 4fd480396507f0286158602c59d4f9a3fe6e30db
FileChecksum: SHA256: 2f2410edfe2b8cd8792263870cc53455fb7efff0351f6c1d0cdf26ad9dc757c5
FileChecksum: MD5: ff262f12ed71462cb276af4d4ca6e434
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-10.data
SPDXID: SPDXRef-item3693414
FileChecksum: SHA1: bcec8790bcdc678333a23c1aa0822225c3731b81
FileChecksum: SHA256: 4ccca49f400e4e0726489dd57c4ad378f72878f035f8902d81630fee68afd014
FileChecksum: MD5: c29c7b88b351d4f6bb9240e83a11f14e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-19.data
SPDXID: SPDXRef-item3694047
FileChecksum: SHA1: 8b4a01db3760edf4495124fdae82fe8d5be8834e
FileChecksum: SHA256: 853e836a526bdda9bd3b53065abb31f950c870f513ca4f5d2ecafdb8ee768c37
FileChecksum: MD5: e794519b48873a7d1462961c2443ec89
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/mapping.sorted
SPDXID: SPDXRef-item3691131
FileChecksum: SHA1: f422b8dcc7f3095ab1075b18678a20319bee1029
FileChecksum: SHA256: bb2b87103e541bb20d72573411427f5b95b6cc34998406b7de53c03e99d6cc64
FileChecksum: MD5: 102d5b6324683472901a145f4dba3175
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/value.detect
SPDXID: SPDXRef-item3691353
FileChecksum: SHA1: 3a5184f932fde211239cebb9a5ed716bfe7fa929
FileChecksum: SHA256: 4ae4b5f99e785721678f8cdada9eb9d2b7bd6fcdd11e91b93301dad4829d63ca
FileChecksum: MD5: d8a7c7b061c286420cc04d4c9f2c352b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/PyYAML.egg-info/top_level.txt
SPDXID: SPDXRef-item3690464
FileChecksum: SHA1: 9e8a73cfb8a2d50dd6446e55a4019eea9f6004bc
FileChecksum: SHA256: ae98f42153138ac02387fd6f1b709c7fdbf98e9090c00cfa703d48554e597614
FileChecksum: MD5: 0f52777150a67dfcd9c7b0fae02a7041
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-02-utf8.error
SPDXID: SPDXRef-item3693508
FileChecksum: SHA1: 2f78d4c86c97e27a5a4faee136bc23b053ab2ff8
FileChecksum: SHA256: 3df1cfcdcfafdbc8c82e2762ce0c04f206d479f6a4a6a7e522c30d75937485c6
FileChecksum: MD5: 576de7adbd9df027d0f7ab188c7f03e5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_sort_keys.py
SPDXID: SPDXRef-item3690589
FileChecksum: SHA1: a83cc53d00e1373d89a0ab31e1555e02cd6c35b8
FileChecksum: SHA256: 61460878f0f6b073fa6018195da8090d74dd73636ccc2428bcbacf66957b2c78
FileChecksum: MD5: ae4e29b46c35b43b5df873bca908cf94
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/PKG-INFO
SPDXID: SPDXRef-item3690508
FileChecksum: SHA1: ada0e7346aee6e87e0dbf2ba3deef28c800c389a
FileChecksum: SHA256: 4261f1f641a9ff4c9ecd009761a7ede1e105789e96e28c857d8c070cb3f591d8
FileChecksum: MD5: 53c2b91e224b9668b2ebb223493362d9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: MIT
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-10.error
SPDXID: SPDXRef-item3691751
FileChecksum: SHA1: 97ce3bb6adae819a6e515a0093691aa594eeb392
FileChecksum: SHA256: 6683001316630dfa75bf0e24d5e9a4fae2ae3624628066015091162bf187b590
FileChecksum: MD5: f34c253ca8a1ad93fe438aba3223b997
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-07b.canonical
SPDXID: SPDXRef-item3693833
FileChecksum: SHA1: 98210a187000154f23171c65010c85158f735e33
FileChecksum: SHA256: 98b88177b1dc0399b7bb75fae219aac01c1a308acbc32ec664a46ba7d09e67f5
FileChecksum: MD5: 0b46d0fb675c5a01b074235a7f280c0c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-python-bytes-2-py3.loader-error
SPDXID: SPDXRef-item3694272
FileChecksum: SHA1: 17e711ca55a162f68d51320528649346b2f68dc8
FileChecksum: SHA256: 2438fc92bfd2fe3730e2092e0b7d9b0c9f8d7ab1f72ef6c029f22e642e534566
FileChecksum: MD5: 1da13c9a3068e9e3e5d7efb5231e7b0e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/expected-sequence.loader-error
SPDXID: SPDXRef-item3694084
FileChecksum: SHA1: 630792d7a7e6f1229e539efd556fdce2cbd46618
FileChecksum: SHA256: 80ad4c3c85edf1c6e667e4f703e932f35b7163f935640914cb07e3b87bc36f0c
FileChecksum: MD5: a161c010e8bbdb7115cc967e84ee13e8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-python-name.loader-error
SPDXID: SPDXRef-item3691108
FileChecksum: SHA1: cf0d3e1b09d9344c987d9f6d50681c35a298d933
FileChecksum: SHA256: d07752debc93c7a4738da85be06d4ffd4e2f222412a30e1c7ac7e4d856ef8df0
FileChecksum: MD5: 1ccba060bdde7310c3768b869afab116
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-17.data
SPDXID: SPDXRef-item3691888
FileChecksum: SHA1: 3b1e2c1c6d422fba21b79db30ca6af2e73dc8ca1
FileChecksum: SHA256: 9b0336344ad8c189002005f372006628fa3654440c1b4d9aae932b6f3a1fbae9
FileChecksum: MD5: 1cc0ce6b31376c2a77710e6f862aa654
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-bool.code
SPDXID: SPDXRef-item3693923
FileChecksum: SHA1: 42d89424ab01d5468f020b6608bf2eb09a4629a0
FileChecksum: SHA256: a24554868c23784a7c19c633fea3d5d80b86eacf1a66423d9443f90e747d067d
FileChecksum: MD5: dc7526ed16e7c9c40b3ea02feb3e872a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-alias-anchor.skip-ext
SPDXID: SPDXRef-item3692713
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/single-dot-is-not-float-bug.data
SPDXID: SPDXRef-item3692595
FileChecksum: SHA1: a5d5b61aa8a61b7d9d765e1daf971a9a578f1cfa
FileChecksum: SHA256: eb4bd64f7014f7d42e9d358035802242741b974e8dfcd37c59f9c21ce29d781e
FileChecksum: MD5: 8cf8463b34caa8ac871a52d5dd7ad1ef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-16.structure
SPDXID: SPDXRef-item3693440
FileChecksum: SHA1: c1ce842a159ca355d6fe2157f11478f05096139c
FileChecksum: SHA256: 04574ef2f8ade5125c1d7d858aaa9bf06f45cf614566d03a993ad31793455cd3
FileChecksum: MD5: 7999da9852681cd6cb8105e151cfd25a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-09.data
SPDXID: SPDXRef-item3693143
FileChecksum: SHA1: d21fdf54f6a78601c601fddd90cecaecfec880b5
FileChecksum: SHA256: c89275b7d06850fe3bef12efd95493fddcd5e78aac5ba5031ec498e471f7cf80
FileChecksum: MD5: 87b7f6ad1e4e38d4f446a0577cfb670a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-07a.canonical
SPDXID: SPDXRef-item3693824
FileChecksum: SHA1: 97f8a988bf74b82d2d9b6b22ded7194c1b0613d4
FileChecksum: SHA256: e9070f230d8df8625438898ad3007a416c8ac45d1b7d3f1ea4ed3dd20b1abbff
FileChecksum: MD5: dac5bfa7c67721dd81d564e1bb28cd94
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-09.data
SPDXID: SPDXRef-item3693380
FileChecksum: SHA1: 0a8b249462a28912a7d5c1f72a43fe5c0a79d044
FileChecksum: SHA256: f587bfd90b04dc2ac95c20701ba23b1e5b7ef43559feda8a9a028f3db2b845d4
FileChecksum: MD5: 6e22c64ea9752d5fd5f16801d9fe5773
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-24.data
SPDXID: SPDXRef-item3693995
FileChecksum: SHA1: 849d6749b5e71453d38efdf0b4c7b92b08ca795c
FileChecksum: SHA256: a26b06a007bba6af4a31fc98fb3bba587265d8c0cae3178d5f083a03cb25ff4d
FileChecksum: MD5: 467a09b7ac007490e933de342828429d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-python-module.loader-error
SPDXID: SPDXRef-item3693062
FileChecksum: SHA1: 36bb24b406c88143f2085ff2abf92261d6c2a3a1
FileChecksum: SHA256: c15618de62adb402d9ddb0294211665b5dfae2b99f0c6b65aefa2691584008ff
FileChecksum: MD5: 7e6cc6a23629d46ec9456bb0eaeaf98a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-09.structure
SPDXID: SPDXRef-item3692524
FileChecksum: SHA1: d4da3898a6fda9675682442167ae9092801fee87
FileChecksum: SHA256: 7bff8e152ea3046001522439a93ce8627c1578c609187f269cd12e56f73d3e4c
FileChecksum: MD5: c5c29d9c2c6e08c81979e62c8c38c96c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-document-bug.data
SPDXID: SPDXRef-item3692949
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
FileChecksum: MD5: d41d8cd98f00b204e9800998ecf8427e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_emitter.py
SPDXID: SPDXRef-item3690570
FileChecksum: SHA1: 8ce413044a229c2c7a4e6f55a2436dfd68485dab
FileChecksum: SHA256: 115bf4c6acfb99bae692d26675185e7c3c8b81772d80ddff1ac8b616ee1f74dd
FileChecksum: MD5: 53912272ceec3834018f9b8372a8fb47
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-11.canonical
SPDXID: SPDXRef-item3693383
FileChecksum: SHA1: 6c96b47e2c72e38f80ae6d96be01666d81a8b5e3
FileChecksum: SHA256: 36684f4a6e863bc3d3860a7cbda2f6a067ebaeb7089fc96d81482fdfbbae9a52
FileChecksum: MD5: c2b63e0436ea0c6208a67cd17980d710
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-yaml-directive-version-6.loader-error
SPDXID: SPDXRef-item3692645
FileChecksum: SHA1: ed6dac2b0c96132655d6c2ee291fb8631c7f151e
FileChecksum: SHA256: 0d33699f93c3512f3fe1959ebd227cc3004e860a67308ba4df2d48c3314046c1
FileChecksum: MD5: 431921ede274f702db8aa65b0b81c8ec
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-21.data
SPDXID: SPDXRef-item3692077
FileChecksum: SHA1: 76577cc2cfa84e6d01f9a6720a147b7c0e68e766
FileChecksum: SHA256: b7ff73646e0eb50fc19e0cdee72b81bd548a728011be191b059d8cd4cfca1824
FileChecksum: MD5: 4e55ced9d0542a2a047aba45f792ee1d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-10.canonical
SPDXID: SPDXRef-item3693814
FileChecksum: SHA1: 43a7a2b0ac990db16e0e48ddc863555e8a3ef390
FileChecksum: SHA256: e1dcc849a99c7d447059a479486297f6e98b413ad468ac74a1a4045c97b929b5
FileChecksum: MD5: e2942d271a5f808e1530138d537e34b7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/yaml11.schema-skip
SPDXID: SPDXRef-item3693694
FileChecksum: SHA1: 42af166421503cb189ce77bc36f4e1b3faa824a7
FileChecksum: SHA256: 633fce1f0c7dcf95a19c8fcc1b6b0b109b607616c2afe03b0fbcab72406de8a4
FileChecksum: MD5: 440ad1d3af0bfde0257321107f35394e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/multi-constructor.code
SPDXID: SPDXRef-item3692897
FileChecksum: SHA1: 62b6de3575dac58e8478f65f7eb44df8f5a6ed34
FileChecksum: SHA256: 6816740c9bb97dc31be20f74421e04139456325931f27ba90c782577988c92a2
FileChecksum: MD5: c1b4c4fa231a07094aacd1573d049445
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-28.structure
SPDXID: SPDXRef-item3693981
FileChecksum: SHA1: cd90b2a2fe7c4fddc75856b9230348a22786c4fb
FileChecksum: SHA256: de55bcf9818c8a22bcd92a352211fbbd24691910a2c0fe5ef8e90ed424c1c70a
FileChecksum: MD5: ad20c7b7161e6173f1b954b80c4ae9b2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-08.canonical
SPDXID: SPDXRef-item3693447
FileChecksum: SHA1: e58c774fb56d8da742cd69d27413f6e7325dd8d1
FileChecksum: SHA256: 1cfc8075479a1ea8e9ece00a9759bd3abbf0c473c211d8fb3a9da0f28b4fe291
FileChecksum: MD5: bd17b6eead502f0fe8b9810fd7ec058b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-09.canonical
SPDXID: SPDXRef-item3691175
FileChecksum: SHA1: 71d88b50d10204294140711eae5941c29b1a739e
FileChecksum: SHA256: 10984eb52e3c9288379612e7f6ef7f2becb3ec9a09c6dd6520e5d6179e8e45d6
FileChecksum: MD5: aeb34502b9a42bb908eb429af123e952
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/forbidden-entry.loader-error
SPDXID: SPDXRef-item3693190
FileChecksum: SHA1: 38e0e63e988fea0d03867ce13942859aa8a00dad
FileChecksum: SHA256: 343108b9216f3253e7034af4a65fbd6f11150c07e5cdfb6697abcffd91904a46
FileChecksum: MD5: f681ee5f36dd571a068d648814aba54d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-long-short-py2.data
SPDXID: SPDXRef-item3693977
FileChecksum: SHA1: accc9594916776cea0a82269b2df5c91b673e39f
FileChecksum: SHA256: e58d35c3e141c2a61e459c1ca65ccfe3ac5315ac8204801f3cb3671bb35d395a
FileChecksum: MD5: d1c269d05f1d1a5bfcd5e53c390391d6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-character.loader-error
SPDXID: SPDXRef-item3693332
FileChecksum: SHA1: ff0e187c35d6b0d050c2c5a10dd166bb0affb0e2
FileChecksum: SHA256: 61256292d3cf3edcf12e19518f415b754e4718fae2c008ee0218f38d0a417d08
FileChecksum: MD5: 79bfa404da0aea2a15242b362c656c16
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-18.canonical
SPDXID: SPDXRef-item3691625
FileChecksum: SHA1: 7de9306770f2505f780aa829d4df7f3fb9b3542a
FileChecksum: SHA256: 40c28bc83df430f994d74eec99521886e23372fc99a49680a82ff5a38fcae05a
FileChecksum: MD5: 57ee464f13fc52077a2079de6a70add2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-python-name-object.loader-error
SPDXID: SPDXRef-item3690647
FileChecksum: SHA1: 196740b8e4c61ab02dc34a32a1970c0385549358
FileChecksum: SHA256: 1501a3a40171e89cda0bde09ddcb87fe80d5d9fcdc15d5653eefe394d96316bf
FileChecksum: MD5: 35d0ebed87ea3e878db4299fa4309e5b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-anchor-2.loader-error
SPDXID: SPDXRef-item3691076
FileChecksum: SHA1: 339546cacad5ab8be92b0eb01b002e0b4c8b8d35
FileChecksum: SHA256: 0562e82bbb897f59a0b4994ab8f6e718243d9e9bd98d1b4c81f2fe5406b3a05e
FileChecksum: MD5: 97ee231611252808f8070958e470f2d1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/expected-scalar.loader-error
SPDXID: SPDXRef-item3691018
FileChecksum: SHA1: 9e41ed1aad501e72df29c2f473838ad5fbfb0046
FileChecksum: SHA256: 74918aa473931cab4bfbef57d769c66a643a04fe4ba9f0ef3b078eea10313d89
FileChecksum: MD5: 1c4a2b86cd644a647cb27b1c75ff1ebc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/float-representer-2.3-bug.code
SPDXID: SPDXRef-item3691152
FileChecksum: SHA1: 921c186074b02d601a93d177771fabb555ad5d00
FileChecksum: SHA256: 21dc6487dde0de247ff314af7b5e026094e6e5a8b4a200e44d683cd6a48c7d6a
FileChecksum: MD5: ac1dd7de8a36d818dc70914d9e7a6e8c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-02-utf16be.data
SPDXID: SPDXRef-item3693788
FileChecksum: SHA1: 13c7e83c87453c0ced7511483727458b443a2170
FileChecksum: SHA256: abffd291d73a3fd0b51ffb1d2acf52df58405345593326bb252fb5fe605342c9
FileChecksum: MD5: 91dfe5f69c586887327380a2134e7ad0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-07.data
SPDXID: SPDXRef-item3691848
FileChecksum: SHA1: 5d65581a9aa3f25bcf927e96988b4a2b5af39af3
FileChecksum: SHA256: 47d3dc2c2efc532adf2d7090694494e5a0f75e822fe2ecbf3afc727eede8b514
FileChecksum: MD5: e167275374534dd38be8a0d3b433c567
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/serializer-is-already-opened.dumper-error
SPDXID: SPDXRef-item3690703
FileChecksum: SHA1: 78e6674c12e1020926b47fec33d627655b48023b
FileChecksum: SHA256: 357920825401572266a45efbe8700a67ede1e1c90829b9bda4eabbb99e8336a5
FileChecksum: MD5: f8dd522ae277339aafa12028b64bada9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-unicode-ascii-py3.data
SPDXID: SPDXRef-item3692780
FileChecksum: SHA1: 82ba6e391c855b0e72e25da69bd294eb12915fb2
FileChecksum: SHA256: 5510018eb507dbf5d698f7d3c7c0d60785d1034a0e473eaceb36e438a29a1293
FileChecksum: MD5: fe535b29e21054a47fc0d9906286ab1a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-anchor-1.loader-error
SPDXID: SPDXRef-item3694169
FileChecksum: SHA1: 70a3f291e43540fd7a67b787e1d7f411e73319f3
FileChecksum: SHA256: d078b8fbfbae6bb2d61d28774e90067d95d4241063f55f1197c84d8c41631e57
FileChecksum: MD5: 0503de4c27236337990579089c40c571
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-20.data
SPDXID: SPDXRef-item3691455
FileChecksum: SHA1: 9ab311c9e8d99bf9b7ee19c024dbee2b0d07e062
FileChecksum: SHA256: 412df7aef0322c7976357dc052fe40a94eff40ac6e1b2870bccb5a3d37c399a7
FileChecksum: MD5: deb7d7b5e4e464b000cb7bde73dd008e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-10.data
SPDXID: SPDXRef-item3692914
FileChecksum: SHA1: 59b658cdf8beb8b6aabd45c75506db5077b931f1
FileChecksum: SHA256: da751222868561f93961daacb841051bfcfc9e2fb2dce0b4430d99cef103600b
FileChecksum: MD5: a20ba87f0d9c8135690082b849af32a9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/recursive-list.recursive
SPDXID: SPDXRef-item3693151
FileChecksum: SHA1: 360afdccbda3633581dec3fea540f3b35a941b95
FileChecksum: SHA256: c1b73c23fc66dc47ffd1d3e61e3d3ea08152143436e870275d1ab9dccf858797
FileChecksum: MD5: cc7ca3c5a9b36ba3a3ae2170ce6c6417
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-15.error
SPDXID: SPDXRef-item3693589
FileChecksum: SHA1: 43356662cfed53f13dff88289b7baa5e6e615bfc
FileChecksum: SHA256: e08fbca241c49dd6f5b20546e30a08fd65ec43e9341f1a4af488221a82787aa5
FileChecksum: MD5: 1264f9ddef417c49e46da53cdfcb6a6c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/null.data
SPDXID: SPDXRef-item3691068
FileChecksum: SHA1: 893d23afdadb2c72afa9e837d634332263841432
FileChecksum: SHA256: ef46219b49890e21c0b2315ab1e517dd41254515a56480a34a9949d29e8ca93d
FileChecksum: MD5: fdde776ef4ea7ae1833cbc6e0fb8c7ad
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-07-12a.data
SPDXID: SPDXRef-item3691605
FileChecksum: SHA1: 67a22b94abfe0e64528b94d3a9241bbecb0d0715
FileChecksum: SHA256: 5831df762b5317eef6f75b77bf4626eb8479747dd8d5b1361b0670ef364c2da6
FileChecksum: MD5: 374f79f5a288a6ac8898f25534358e74
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-flow-mapping-end.loader-error
SPDXID: SPDXRef-item3694242
FileChecksum: SHA1: 691d9b38b0c1430c27d1d50710388798315e4cf7
FileChecksum: SHA256: 0bc8bdcb844d751acded0a45ca2d3cd567034f26a32d8fac898293bb37ad1d3a
FileChecksum: MD5: c5d78e349424cd9cf80e4efdd10477f8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-14.canonical
SPDXID: SPDXRef-item3691833
FileChecksum: SHA1: b9fdf4c2e4c7c87ccbd7353347ad8efbcaf2e62c
FileChecksum: SHA256: 20d2a656086e6e0a1d72ff59b6c5a99dd2d22dd3ea3d3ae8e91e6d5ae0474eb8
FileChecksum: MD5: a66fde23106e5bb9642c5e377a655fff
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/utf16be.data
SPDXID: SPDXRef-item3690677
FileChecksum: SHA1: 09085de5b2b7c94198272a2f795beb2d6191f686
FileChecksum: SHA256: 2c6b9899752fb4044663419f360840496eb968bef85b1a4d37de50a7aa10a543
FileChecksum: MD5: f6e90c74f39322f81770e3c05d5e90b0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-str-ascii.data
SPDXID: SPDXRef-item3691549
FileChecksum: SHA1: f675fb0875e713b52c066f7adca0ebcd846b604f
FileChecksum: SHA256: 1431c2020c8d48912c268320fdba1d97afde3c63d1d5da4fff83c887b51c4c73
FileChecksum: MD5: 08875c6312f733e348e0d5c7c2695b07
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-04.data
SPDXID: SPDXRef-item3690838
FileChecksum: SHA1: 252540cf9f490312c108af9a77b1be0475bfe970
FileChecksum: SHA256: 3c29849529c34b632a07420a9dfd31ddf21acf53fef2a0e9035002c63d4708cf
FileChecksum: MD5: 5e18e60da03a62101d04a5fd1170001a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-22.data
SPDXID: SPDXRef-item3692700
FileChecksum: SHA1: 97c1bc62b56e767c9e250eeb7fffb9dec6ab9f00
FileChecksum: SHA256: 7c144c95ef38148cea84d22a63b84c9be523b08da0773435a964981d1c0bc75d
FileChecksum: MD5: 4b68d38d4e17890f8c289e68c97eb64a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-set.data
SPDXID: SPDXRef-item3693043
FileChecksum: SHA1: ebd78547f1a514fa5888e386dfb7939b53118041
FileChecksum: SHA256: 75a6c4c1fac6688a7302ed81b19b8b0ef8bbc3a8e2a42e4306d8132fd98b6cbe
FileChecksum: MD5: 1e3a82246cf467901aab435c418961f5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-python-module.loader-error
SPDXID: SPDXRef-item3690684
FileChecksum: SHA1: 90296e2fd8dbb6e58f53f7dba80fb0431764e0df
FileChecksum: SHA256: 12c8fc8a1e0556f968a613459d0d55518e075d5744f8335145c6884396be682e
FileChecksum: MD5: 2deb43779ccc499ca70d0d7f485c675b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-01-utf16le.data
SPDXID: SPDXRef-item3694057
FileChecksum: SHA1: 9c5004671b0c590941c6eac831ca8e3534c39cfa
FileChecksum: SHA256: c3db292812375bfc9f67e49675147448fe042ba6e12a7d93bc31a69a57302a64
FileChecksum: MD5: 8f00a4d2e3e4721d9ef6b79fdf73b284
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-08.canonical
SPDXID: SPDXRef-item3693407
FileChecksum: SHA1: 09d7d8f0ecf74c9d70203f3eef2c14f1cb55a755
FileChecksum: SHA256: 7e9990bb9abd88b8c46cd1289d453b920ce8ac1ba4d5a3fd152909948492b204
FileChecksum: MD5: 92028a7f06f66a7b1398270a049ca216
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-05-08.canonical
SPDXID: SPDXRef-item3691278
FileChecksum: SHA1: a449bb0ee0df47a4fbf6c34c60bc469b9c1b7ea9
FileChecksum: SHA256: bd882770bc74585e5cd78daf4cc2f06e70730b63ee8380b630630488d564a1fa
FileChecksum: MD5: 364274b0b8db933471b7e2aa709c45ec
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_recursive.py
SPDXID: SPDXRef-item3690538
FileChecksum: SHA1: c282500321c2bc526aaf3c0365804241e57a2dec
FileChecksum: SHA256: 9a1e6a1cf2ea0a9eeb0b876e67b8a5e94f7a7cf614475b65e39d90b07550161f
FileChecksum: MD5: 27959db1b76003eee83e75eca567a43d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-13.data
SPDXID: SPDXRef-item3693132
FileChecksum: SHA1: 7fcfb25397c9bdfb2b2e3fd2fb687e122b75d176
FileChecksum: SHA256: 41eed83194864eb79c1747d62ed18c122f475728136dc3de90f08c0d2b09d5c7
FileChecksum: MD5: 26e95e92b8079b67e63262e6b07a632c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-03.structure
SPDXID: SPDXRef-item3693490
FileChecksum: SHA1: b5001da0450d694b16e6de0709bbcaf72f422c87
FileChecksum: SHA256: 4bb9683307bd97585ac8cfe9da5c0c8e3d2fc441376050ec2e0f605834409792
FileChecksum: MD5: 24c0874c44f14b1e7e7249281539cb13
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-str-ascii.code
SPDXID: SPDXRef-item3692845
FileChecksum: SHA1: c3bb85d20caa73095b547be2dd3d30d34e00017b
FileChecksum: SHA256: c5448eec46c70c1e2389e4b2ae27bb13f552ce7a56acb94ec61b7320b9c79a6a
FileChecksum: MD5: cf0ed4b9014a2e526732ca238f3899e9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-unicode-utf8-py3.data
SPDXID: SPDXRef-item3691188
FileChecksum: SHA1: 4b4bac39a90c29f8dbbc3a298f9ebd17bf28ccc1
FileChecksum: SHA256: f4f5e134033b2d3625e502637e6877c3861b424a4333dce08f9430d66cacc772
FileChecksum: MD5: f49ec6ed49dc983da5a44fc0a52f27ae
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-map.data
SPDXID: SPDXRef-item3691051
FileChecksum: SHA1: 7ae3dab43a19ab7aeb5c6c1564ae97a6fa510f65
FileChecksum: SHA256: 010c38d45399956a76ef5a15d3c18393dce45a68a8223ed43ee507243f0f84bf
FileChecksum: MD5: ca5348916a6ba02d7d4aaa04cd2d75d9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-block-collection-end.loader-error
SPDXID: SPDXRef-item3693336
FileChecksum: SHA1: 3e91a0aefe50ad33df7dcf118f74fcbf56564d77
FileChecksum: SHA256: 5548423a3dd5f4e5f875605728c6e53988134090a35b794c81e2e574519f4775
FileChecksum: MD5: a9fbbe976456623d62f12155c3890c02
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-28.data
SPDXID: SPDXRef-item3691735
FileChecksum: SHA1: f60b6aceb792b8b4311d456141c69e55b19e1bce
FileChecksum: SHA256: 1ea836ed23b4207d8b7fb77d29b72bd5b991a80bd254270d29fcf7580a4d082e
FileChecksum: MD5: 1cd3f2897d16d98a95795f439737e1b1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_multi_constructor.py
SPDXID: SPDXRef-item3690571
FileChecksum: SHA1: 067a216015a549fc07d1aff3f2719d20b55805e4
FileChecksum: SHA256: 4cf8424ffd3ccf47fafd1c31a418175b23a312cad2f4c545d79982846d0bfef2
FileChecksum: MD5: 17057aadb77bf766f5116d8357dfbf00
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/resolver.data
SPDXID: SPDXRef-item3692692
FileChecksum: SHA1: 7a3ec759f4588c744a7ca52887189d0eb9178c32
FileChecksum: SHA256: d02d5cc2f63e62c52151eff1dd8e6259cb7675b583c42084e615c3717158a047
FileChecksum: MD5: 2da3fe3fe516b7c9780e2c8f8b3d2d93
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/timestamp.data
SPDXID: SPDXRef-item3691430
FileChecksum: SHA1: 917c9d9b67d260ffc853b1b15ead3b3bd52c37f1
FileChecksum: SHA256: 0d58c1c428d7ebd92e128ec202162cd034da625e12efa5f98f1afd970ad3b86a
FileChecksum: MD5: 3442556fc71aea94f79998c4df654cd9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-24.data
SPDXID: SPDXRef-item3691122
FileChecksum: SHA1: 02a4fc72ab08bf6e9c9bc6b4229979462762c405
FileChecksum: SHA256: fa71b6320f6f9e9a3323068b8755e5589c98d46ea5004a17e48ef12ae4a379fa
FileChecksum: MD5: bb6b055b730c6c5a537cc7d25f0f05f3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-08.canonical
SPDXID: SPDXRef-item3691396
FileChecksum: SHA1: 97aacd0c1a2052e985a1e3d14dea5c407b97b05c
FileChecksum: SHA256: 351100381ce0c21b816b36b127dadd5c913daebbca79183900c49847578032c2
FileChecksum: MD5: 13248d94b5ff6c409460f99dc279dda3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-04.canonical
SPDXID: SPDXRef-item3690947
FileChecksum: SHA1: ad8e76f0f5c99ec864aaa7c06cba66b52e89c9e4
FileChecksum: SHA256: ca965bd717a9b9bf5388d83b0dc6118cf53f57787238e6558c54851c4f43025c
FileChecksum: MD5: de002e61c971c33c0243fdfc77a7bc62
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-14.data
SPDXID: SPDXRef-item3692167
FileChecksum: SHA1: ecfa7cf9219d3d7906ec09a80ed92466807ed66b
FileChecksum: SHA256: b355e92ea58088459b6b24df2cce6b7f69fb30b1865cf13e513131591b240dfb
FileChecksum: MD5: a952f4ff534b906f07e857e8868789e4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-03.canonical
SPDXID: SPDXRef-item3693876
FileChecksum: SHA1: 67deff2a1ea2d833fd3dbfdf6af11b54073dfe26
FileChecksum: SHA256: beb1dd35998b139ebe02339756ad7ce5da3789becb09a95db66ca74f1c34e742
FileChecksum: MD5: 91d8b7418cd60bbb3f6598c7f549c6ed
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-merge-2.loader-error
SPDXID: SPDXRef-item3690871
FileChecksum: SHA1: 39d31e101d8c613ef537b91e4f88267174b43214
FileChecksum: SHA256: 00867b3de339bcd5834344b3657e3ac8c0f6d29253bf248300923bd69dbe060e
FileChecksum: MD5: ccfea027956a36ccefb63ee93bac1a52
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-28.tokens
SPDXID: SPDXRef-item3694073
FileChecksum: SHA1: d05d1478d0d8796c14bd81f05e2a56ed1418265e
FileChecksum: SHA256: a6948a74a6d3cb518bf401434ff61657eac15b8f4a042c1f314b21a642d19c7f
FileChecksum: MD5: 5b86ace8b60f17ad34203618ea863de6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-yaml-directive-version-1.loader-error
SPDXID: SPDXRef-item3694078
FileChecksum: SHA1: fde4d7e6a06557285540072d901eb069316f4e63
FileChecksum: SHA256: 6ee0d07243fc15c8106f9d71c849ddd4930ea282cf0dbc14251ea00e8d451874
FileChecksum: MD5: e615ea457e436918f9cca9ce9abb466b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/int.detect
SPDXID: SPDXRef-item3693430
FileChecksum: SHA1: 43695b84ffcaef7f6863358a0ec86869b42232e6
FileChecksum: SHA256: 1ae7378d7120914fa2d98d5a3e9aa4745206877b5ce7a20eb6e52d3479bb7487
FileChecksum: MD5: be479910facdb8fe63b57b40657caae9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-01.data
SPDXID: SPDXRef-item3691721
FileChecksum: SHA1: 257d221fba8c6720b6334238c492999ab7f6d3b2
FileChecksum: SHA256: fcc053779b0b8cdb3c816b392e823ad6c881967abf965a6d90c0fd4c375f4f4a
FileChecksum: MD5: 807ccacd223d2450e48d64fb7dd94715
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-float.code
SPDXID: SPDXRef-item3691511
FileChecksum: SHA1: 0393d27a488cd010488b116dd4258636fdc4e272
FileChecksum: SHA256: 442038c0c00102a6472d39318104a448d788993b66a5651704a7a93bc1429082
FileChecksum: MD5: 55e2d8833aec8573a9fa7efcc5e0281c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-tag.emitter-error
SPDXID: SPDXRef-item3692342
FileChecksum: SHA1: 147ebe2ba822b2ac8e57e0444780318ca91d485a
FileChecksum: SHA256: 183c01dc6283718006a757da869826ed6f1a58c279c3578a2e98bfb46c2d7192
FileChecksum: MD5: a692c9e6b4b8a3111c1c3d70d20ef3ac
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-anchor.emitter-error
SPDXID: SPDXRef-item3690980
FileChecksum: SHA1: aa2d4feb0fe570e94e44018d446ce0e0c16acfa3
FileChecksum: SHA256: 70a980c1e3a68b649329f29fdaec6ad1d972890e54a12a5a97972f771a1d6ac9
FileChecksum: MD5: ca17e7fc751a3f5f5cbbf4743811c36f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-14.canonical
SPDXID: SPDXRef-item3693576
FileChecksum: SHA1: 75143044060b77aa068a553a64ebf6d1aa09cb63
FileChecksum: SHA256: 17c2d5aac52a789e7843cc961bd3a4ee01bbbf61c730481979410a93fd6f3185
FileChecksum: MD5: 37a85df4159fd512e0f640e021e285a2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-directive-line.loader-error
SPDXID: SPDXRef-item3690810
FileChecksum: SHA1: be76991b51545d019ccf93a48a205351f54b3299
FileChecksum: SHA256: 50e1264cdead88473f7310c65b4ac7dc941d0aa6a3863fbbde1c2237f8650090
FileChecksum: MD5: 767fcbdb205d500d230b4d3962a3fbcc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-str-utf8-py3.code
SPDXID: SPDXRef-item3693838
FileChecksum: SHA1: aba6e5370fafa8f1b74286b9d45a34efec8607c8
FileChecksum: SHA256: 1c2d36a08771eba973b44d708c2cd477b787d42ca42421d59af013c7e2fbd23c
FileChecksum: MD5: 7a511fcd1e31961ba6ed5b48500a6ea0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-01.data
SPDXID: SPDXRef-item3691910
FileChecksum: SHA1: 4d3d0a50a4795211d7cec6fe7fa8fe56cf775b5e
FileChecksum: SHA256: 171e1a23925498e64695f68d85abec9b1dbccacbc29a5e7f052a47aad37d7da5
FileChecksum: MD5: b1d017d1378cbe3309a96d7d5b792a57
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/invalid-yaml-directive-version-5.loader-error
SPDXID: SPDXRef-item3692538
FileChecksum: SHA1: cc7fc5e8c6e6a7f586a542f3f18e1ff03fe95e03
FileChecksum: SHA256: b4a1430cc1a19e62b14bca3336397e9821107d63efd7a22b9c21569b2ed19997
FileChecksum: MD5: 585efb3fce49fd393d3041c0d4589c0f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-14.data
SPDXID: SPDXRef-item3691652
FileChecksum: SHA1: afb50075c17645c846c27740c93a773ef087f496
FileChecksum: SHA256: 9d595e8ef94148e75ab97354d660b439632b8cd6d13012b7129ec0cc36048230
FileChecksum: MD5: 2e0d22b5587817f085a5b2d87c59da76
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-02.data
SPDXID: SPDXRef-item3691705
FileChecksum: SHA1: c86644c64a7ff68dd5278909e7bf000ac494c37b
FileChecksum: SHA256: fffb7e2021b23823e387ff02d3b9fc3aa1911ed15b9e317050d7c57b1bd143d1
FileChecksum: MD5: effdcd0abc10d4416a0977ad50fcf9ff
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-02.tokens
SPDXID: SPDXRef-item3691343
FileChecksum: SHA1: 62ed8b89241db83f30ea575be72f52fa0668fe3f
FileChecksum: SHA256: c63d95a307a11c1288eb2ae60f5631537c4cfee7e68d23f12c3c8a5b1b9afd72
FileChecksum: MD5: 93fad8cc2864905a63d76180a2bdaf42
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-value-key.former-loader-error.data
SPDXID: SPDXRef-item3691204
FileChecksum: SHA1: a8b462eb44d794c6d30919b93f3d088f7bff4a16
FileChecksum: SHA256: 34657ae8e80590f4b75cde5ee20d59d1e847cf7de2f9cd5a958040bf5b67b400
FileChecksum: MD5: f51cf45d82fef76594f84a5f6af9650d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-07.data
SPDXID: SPDXRef-item3692889
FileChecksum: SHA1: 2299845b4029cd164c38bc0372b946cc2d064314
FileChecksum: SHA256: 8414d06a38cd50c2375c3f2ff3fb5f37d6fb0e56dc3d87dc3c396d6ec5b5b27f
FileChecksum: MD5: 7e4a2514ca00ba61a1dba1b03274d074
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-04.canonical
SPDXID: SPDXRef-item3691401
FileChecksum: SHA1: aecf3a866ae8b230e0a6cb3f6838597e8c9a6fa0
FileChecksum: SHA256: 744c6ae92b4e230427f23077cf884a1e69a4390773307a2fb0f76a1dc8a40984
FileChecksum: MD5: 6127abaa1398cdf37b4dd604771552cf
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-yaml-directive.loader-error
SPDXID: SPDXRef-item3692946
FileChecksum: SHA1: b427ac433abd2b1694f1463ec3c4c6d8994be5d6
FileChecksum: SHA256: bf8b0fdb02fddaf041c8fff7102723366d5275f723e0c2376b87e7cb07bce6d8
FileChecksum: MD5: 235f37b0224e38915c40964363669a29
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-23.structure
SPDXID: SPDXRef-item3690759
FileChecksum: SHA1: c1ce842a159ca355d6fe2157f11478f05096139c
FileChecksum: SHA256: 04574ef2f8ade5125c1d7d858aaa9bf06f45cf614566d03a993ad31793455cd3
FileChecksum: MD5: 7999da9852681cd6cb8105e151cfd25a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-27.data
SPDXID: SPDXRef-item3691533
FileChecksum: SHA1: f5f62e2c871f260f996264b74d1774d227eefa75
FileChecksum: SHA256: 62d944c87f29b2cca39530a5c57db20038a96902d662531c45330c8ba6bac8af
FileChecksum: MD5: f669b5f88df5a8fc3cd0a3c9ad0e38da
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-19.data
SPDXID: SPDXRef-item3691873
FileChecksum: SHA1: 54a1b4c3eaf88ddde4ac792c5ef809ee3b5347d3
FileChecksum: SHA256: b3c4f9d347aa8984120bd9c9f83fc9510ff70b04828f34fbd59660c722d3513d
FileChecksum: MD5: 4deaa6346cda65e32e442fbeba461505
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/lib/yaml/loader.py
SPDXID: SPDXRef-item3690456
FileChecksum: SHA1: 6bbac69d213e2ae72b157d1906c5dbcb4f04c068
FileChecksum: SHA256: 5156becc8aa6905482218abf3e04869b835226db4763645fff3438fdbd5f1cdd
FileChecksum: MD5: 11df43922cff707581230e7696e4a057
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-08.data
SPDXID: SPDXRef-item3691659
FileChecksum: SHA1: b9888c9a7ad3d7bf5534bce3e363d13d6d2b9a55
FileChecksum: SHA256: 82c5be1ad428bf99fb86903352bae373b048c2e28216a6d4fdcf7ace923bdb6d
FileChecksum: MD5: 463da0deec5a4124b9ce9a78018fa2bb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-22.canonical
SPDXID: SPDXRef-item3691317
FileChecksum: SHA1: 98f3c8c702888b031b6c0c9529b455d5f48f70c3
FileChecksum: SHA256: e23278dfd12f2fea0706d897baf0db0137f8a29d6265f211bae3d3b2f5473b85
FileChecksum: MD5: 2ac7c9dcbf9454fb1a7b5f426e17e8f6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-03.canonical
SPDXID: SPDXRef-item3693643
FileChecksum: SHA1: 74e1ca3bb1a98cf015a52444f6b35b1eed0dc3ab
FileChecksum: SHA256: aa076c0f5ba4c6e5c5400e490616706f6e1b17059e5acb1a4a700a055431eb27
FileChecksum: MD5: 7813d406d698032e48cbe8db95b5246f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-15.data
SPDXID: SPDXRef-item3693606
FileChecksum: SHA1: 6cb8879e3861201db27ac5a395d46d502c3512dc
FileChecksum: SHA256: 47a19b69b0f45746904ae88b21b00dd100864b21dd3562d7f0a1a5c9cbae84f4
FileChecksum: MD5: 40b4e80f64a5e786b7a56f27c9fbb4d5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-10-08.data
SPDXID: SPDXRef-item3691334
FileChecksum: SHA1: c3e40c0974f43360dc7b189f1023a6dbfc0b6168
FileChecksum: SHA256: 633508e51980f00969e45617f43d65211091a9821e82bcf30162b33d1952358f
FileChecksum: MD5: 78117496172d36fb9500eb8ed20c0a66
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-23.tokens
SPDXID: SPDXRef-item3693713
FileChecksum: SHA1: 6737a0c8ca37a2e000122904588f81579d154155
FileChecksum: SHA256: aa0e7219309b68771d757027a563e8ba624d26e139500700e924e14139fac5b9
FileChecksum: MD5: f72cff2d5028586b49be353e4971db49
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/emit-block-scalar-in-simple-key-context-bug.data
SPDXID: SPDXRef-item3694172
FileChecksum: SHA1: 880456c7139b0f89e2f62628868e2cff3a3c4b54
FileChecksum: SHA256: b1adfcdb6a864af7db117faa3e5d68bd774a43c364d15e5b9d10040c4a0ac614
FileChecksum: MD5: 131d4a8a8c52902c1b87d5be546cb9a7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-11.data
SPDXID: SPDXRef-item3690741
FileChecksum: SHA1: db5a3d5831ace4da4407f6b6b37a195a4cd7db14
FileChecksum: SHA256: baf7b59e4968ffcae6361d56e617b98443828ab901baed44d11a808d4e05364d
FileChecksum: MD5: 04f495171fb886de2e8d8e2ab06e04ab
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/no-flow-sequence-end.loader-error
SPDXID: SPDXRef-item3691371
FileChecksum: SHA1: 5ff521b2c27893d19b8a258c2ef9038d45a12bf9
FileChecksum: SHA256: 85d9ad491289b1b75e87c60df117751bc34d238b66e3c8728ff7928d68e81821
FileChecksum: MD5: 2ad442d64b17b36cd78356181cba2678
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/scan-line-break-bug.data
SPDXID: SPDXRef-item3692881
FileChecksum: SHA1: e04658afddf1c4c7f1a7739d8db01bc706707676
FileChecksum: SHA256: 681859438e368eea61674cd465108b9e7b241900e4673265352b0736a5cf407d
FileChecksum: MD5: 839eb7c36167a8b7656fc8f25011f1d5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-object.data
SPDXID: SPDXRef-item3691918
FileChecksum: SHA1: ba6fd69dd46465fa09f15e3b644a3b6d2f41836b
FileChecksum: SHA256: 473f9e73df2fae15e25e59dd6add98a6960e9e7b384ecd60fff0f2b962b5916f
FileChecksum: MD5: 74969042bd7caf933d183c10c9e8584b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/a-nasty-libyaml-bug.loader-error
SPDXID: SPDXRef-item3691147
FileChecksum: SHA1: a6ae27f80a709b28d951bd4ffec8d1ef4b3ee37b
FileChecksum: SHA256: fc3b594b02c2f0c858cf5beb1b8021f1606cfdc3c5b7c245515ffa84ec70900e
FileChecksum: MD5: fb3ea5fd3c0cee12fb3db6ee2cd7d08a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-bool.data
SPDXID: SPDXRef-item3694253
FileChecksum: SHA1: bf9b1f8300f767377a3ac2adea660c3fa9041ab2
FileChecksum: SHA256: 53f752816eceecb9560093be5a5bd4b296d14ad1c855fc7555c05aa249daa3af
FileChecksum: MD5: fe1993779df584984aacc62121fecf79
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-08-09.canonical
SPDXID: SPDXRef-item3692789
FileChecksum: SHA1: 2364f06bfa7b6f5c0efe0550f81a845f8cccd6f5
FileChecksum: SHA256: d1d5a2d49aaba73b86e72a403ebb62358de118f56613f1f2b08f1f4d52cc4e64
FileChecksum: MD5: 1136c0a7d6d14f4ada4cf5fb539aab12
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-tag-handle.emitter-error
SPDXID: SPDXRef-item3692565
FileChecksum: SHA1: 8f73bc0383f5578290069dad6a46939b2b5f30db
FileChecksum: SHA256: 88b86ae289ebbea55e1dd2eadc252c368bd9202eb145371b7df8b76b5d09188a
FileChecksum: MD5: ecfa2bb06437243e6f101c047a599690
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/scan-line-break-bug.canonical
SPDXID: SPDXRef-item3693199
FileChecksum: SHA1: f35d6b9d540b6cc6d22a6923aa8342f32f6d8f2e
FileChecksum: SHA256: 54f17d246609461678f587ce3a7710bcd4f6aa4797380f8577fa93d301f03812
FileChecksum: MD5: 03c36a70017c30463296b82279e23cac
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-08.structure
SPDXID: SPDXRef-item3692678
FileChecksum: SHA1: 864a9f67c98a3b355d0b3ba36df43f31a42ac764
FileChecksum: SHA256: dbc11c2dd86e9fd22d208f416df4409978bc411449f3280b8f5ede8eda8c98ef
FileChecksum: MD5: e26e20679d30318ed1dbdfed226cfb64
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-06-03.canonical
SPDXID: SPDXRef-item3693388
FileChecksum: SHA1: 0f80972cab3ee85cfe5a53931245c7ca665e9662
FileChecksum: SHA256: 49faf066823b48b7ece93a0dae5eec49185f4466f8f6750298cb28b550b0498f
FileChecksum: MD5: 9db0d80aa7ed1cd6c51a769d2daabbb3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-tuple-list-dict.code
SPDXID: SPDXRef-item3690990
FileChecksum: SHA1: 88017f8b9070e053dfdaf247a15d7a2fd91a7b52
FileChecksum: SHA256: 8f2716f9b176f023eee7a14b70381a9c60fd0bf7200a38e7d6aecfd6872bf9e2
FileChecksum: MD5: f2067c8cab6cbbe7decc6c856f34f7b0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/empty-documents.single-loader-error
SPDXID: SPDXRef-item3692262
FileChecksum: SHA1: f720190ed1a8e618b7564f034a3560ab17cc4566
FileChecksum: SHA256: 1ce43c7037759daa49f195aed74a9d1455e6ea885fd65a4648a6f5d2c1307eac
FileChecksum: MD5: cf8f671be8a2f85f5d2ad24a6536a940
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-09-07.data
SPDXID: SPDXRef-item3691293
FileChecksum: SHA1: 5a13e80dfda9cd7fb805567ea17972c33c9ea001
FileChecksum: SHA256: f65c94a98015c749ef564da8ccd7d78e0c73c9b56de94de09df1428d85af44eb
FileChecksum: MD5: 6920c218c8ea990b898f14622fe0b052
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/scan-document-end-bug.data
SPDXID: SPDXRef-item3691893
FileChecksum: SHA1: ca3639453e4073c134e6f8f1195a161468017225
FileChecksum: SHA256: 05da639b7d9bdac0ff7be6e99cbb856989a61707b1d3d13217d3d244575940cb
FileChecksum: MD5: c75f88e5ab36e686bfa3ae264f85c934
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-key.former-loader-error.data
SPDXID: SPDXRef-item3693660
FileChecksum: SHA1: 9265c349289f68ac977a49e998ca05e10af2dd72
FileChecksum: SHA256: 66d2fe9dab85611850e1598a8482528021ec67241e00f881dac198fad13a76c0
FileChecksum: MD5: ebfc17ed5cd5b977f07da70c811aaf00
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/lib/test_tokens.py
SPDXID: SPDXRef-item3690627
FileChecksum: SHA1: a6731759afc9b83c6d4514b9802a020978b224b4
FileChecksum: SHA256: df160586646e717eee211210f415dd240af7c3ae7b2c8af8074e0c00c17c8832
FileChecksum: MD5: d85d51a7631af1656dae7de6c244cf93
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/duplicate-value-key.former-loader-error.code
SPDXID: SPDXRef-item3691982
FileChecksum: SHA1: efef6923cce9aac96aad7c0dab1911a4ffd583ee
FileChecksum: SHA256: e9cb2c66cc1df8a557ce8ce32a9b786d108198ae9c97500666643bea3883f967
FileChecksum: MD5: 28151b1430339a8f05fae0734b9812e9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-08.data
SPDXID: SPDXRef-item3690894
FileChecksum: SHA1: a5e3bcffc62f7778f84b3f6e83c76e92722de139
FileChecksum: SHA256: ee45f7dd10a1df9d1bb53c492670d25d3b548e267e19718dea9a5f47760a19de
FileChecksum: MD5: eb51b1a5f8852511e288f5e8084156ba
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-python-float.data
SPDXID: SPDXRef-item3690724
FileChecksum: SHA1: 46f24bbe3501aecfd64a62228ca479b94bfa4988
FileChecksum: SHA256: d25a317686f8d8bec6f4f2bdea4a1844b48f1c8bafb5310184c3337e2efd4401
FileChecksum: MD5: 21264608a815431fd19f9494a88469ea
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-19.tokens
SPDXID: SPDXRef-item3693899
FileChecksum: SHA1: b6ebe396bdf32c60e120291794abec5870af2c12
FileChecksum: SHA256: 48b87a3a849f2e4590394f5be8d16f80dd9a621aa85ec9aa28fa8a827cc06ed9
FileChecksum: MD5: 8a934ccd04072d8742da385383f36856
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/spec-02-11.tokens
SPDXID: SPDXRef-item3692805
FileChecksum: SHA1: 6ffe030d7dd45ad7679c9eec6ba8ef690713bb9c
FileChecksum: SHA256: 3bbd02a7c6dec27bba8b85b0459d570e08369b8557481adc48635c8c29373763
FileChecksum: MD5: 8623a28f0056f693e25a3a6e7d07be2c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/construct-timestamp.code
SPDXID: SPDXRef-item3693371
FileChecksum: SHA1: aa0fc2ab8e229fcdf920e5d8864837e000db84cc
FileChecksum: SHA256: 093573f0b322bae18b70138e1e5295e3d1b4c97d0d4ebb504180669d7f531f7d
FileChecksum: MD5: 75c36d364f3567647ecb4b5d79e3cf95
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: python3-pyyaml-6.0-r0-patched.tar.gz/python3-pyyaml-6.0-r0-patched.tar/spdx_temp/PyYAML-6.0/tests/data/yaml.detect
SPDXID: SPDXRef-item3690670
FileChecksum: SHA1: 56f75229f64855b2fd0fdac72a72715924201664
FileChecksum: SHA256: 75c91bd5d1be21e66a452155d815be5de16368bcd6868b02f71a57291b988b18
FileChecksum: MD5: d1d6c8d262fc8e60657b0c46da400931
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 



##-------------------------
## License Information
##-------------------------

LicenseID: LicenseRef-No_license_found
LicenseName: No_license_found
ExtractedText: <text> Not find any license in the scanned file </text>

', 'SPDX2TV_python3-pyyaml-6.0-r0-patched.tar.gz_1640897794.spdx