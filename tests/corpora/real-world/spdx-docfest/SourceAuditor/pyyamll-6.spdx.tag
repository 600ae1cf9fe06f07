SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
DocumentNamespace: http://www.sourceauditor.com/spdxdocs/pyyaml-65c70234-ffa5-49e7-bbcf-c4e9311047c8
DocumentName: SpdxDoc for PyYAML
SPDXID: SPDXRef-DOCUMENT

## Creation Information
Creator: Person: Gary O'Neall
Creator: Tool: Source Auditor Open Source Console
Created: 2022-01-19T14:24:37Z
CreatorComment: <text>Created for the Jan 2022 Docfest</text>
LicenseListVersion: 2.5
## Relationships
Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-1

## Package Information
PackageName: PyYAML
SPDXID: SPDXRef-1
PackageVersion: 6.0
PackageFileName: PyYAML-6.0.tar.gz
PackageSupplier: Organization: PyPI
PackageOriginator: Person: Kirill Simonov (xi@resolvent.net)
PackageDownloadLocation: https://files.pythonhosted.org/packages/36/2b/61d51a2c4f25ef062ae3f74576b01638bebad5e045f747ff12643df63844/PyYAML-6.0.tar.gz
PackageVerificationCode: 196677d59c4492a6af6cf6bf30ed1f1bfe8475d2
PackageChecksum: SHA1: a8c40a3ae9d4c159382a58db3153d83e5521c51e
PackageSourceInfo: <text></text>
PackageLicenseConcluded: MIT
## License information from files
PackageLicenseInfoFromFiles: MIT
PackageLicenseDeclared: MIT
PackageCopyrightText: <text>Copyright (c) 2017-2021 Ingy döt Net
Copyright (c) 2006-2016 Kirill Simonov</text>
PackageSummary: <text>YAML parser and emitter for Python</text>
PackageDescription: <text>YAML is a data serialization format designed for human readability and interaction with scripting languages. PyYAML is a YAML parser and emitter for Python.

PyYAML features a complete YAML 1.1 parser, Unicode support, pickle support, capable extension API, and sensible error messages. PyYAML supports standard YAML tags and provides Python-specific tags that allow to represent an arbitrary Python object.

PyYAML is applicable for a broad range of tasks from complex configuration files to object serialization and persistence.</text>
ExternalRef: PACKAGE-MANAGER purl pkg:pypi/PyYAML@6.0

## File Information
FileName: ./CHANGES
SPDXID: SPDXRef-2
FileType: OTHER
FileChecksum: SHA1: 986188ae7e501fa6b68cd163d51b9b4316db184a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./LICENSE
SPDXID: SPDXRef-29
FileType: OTHER
FileChecksum: SHA1: 3b8919c7f020e71fc3e97cfd724f9463bbac1177
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./MANIFEST.in
SPDXID: SPDXRef-31
FileType: OTHER
FileChecksum: SHA1: ebfb4c6f74220b8e07faf602ec0d1c301238d639
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./Makefile
SPDXID: SPDXRef-30
FileType: OTHER
FileChecksum: SHA1: 7e984a0b70af43e4868d916b827f3525a4628a50
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./PKG-INFO
SPDXID: SPDXRef-32
FileType: OTHER
FileChecksum: SHA1: ada0e7346aee6e87e0dbf2ba3deef28c800c389a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./README.md
SPDXID: SPDXRef-34
FileType: OTHER
FileChecksum: SHA1: 6342bc97864231467a3856c10318af66a42bd218
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./examples/pygments-lexer/example.yaml
SPDXID: SPDXRef-3
FileType: OTHER
FileChecksum: SHA1: c48bd67271760e187b7acf715d08b90feb848a75
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./examples/pygments-lexer/yaml.py
SPDXID: SPDXRef-4
FileType: SOURCE
FileChecksum: SHA1: 8bbdc9ab4e4c14b0840f8abaaf2a317dfaf88173
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./examples/yaml-highlight/yaml_hl.cfg
SPDXID: SPDXRef-5
FileType: OTHER
FileChecksum: SHA1: 6bdd91be50a3f018d02de675b3c3b7ea6ea90d29
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./examples/yaml-highlight/yaml_hl.py
SPDXID: SPDXRef-6
FileType: SOURCE
FileChecksum: SHA1: 37aad50390b60387a519bb3bcac966733aaa711a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/PyYAML.egg-info/PKG-INFO
SPDXID: SPDXRef-8
FileType: OTHER
FileChecksum: SHA1: ada0e7346aee6e87e0dbf2ba3deef28c800c389a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/PyYAML.egg-info/SOURCES.txt
SPDXID: SPDXRef-9
FileType: OTHER
FileChecksum: SHA1: 3e87cd2dd90da644d25e6f233e4e2980ce39c8b4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/PyYAML.egg-info/dependency_links.txt
SPDXID: SPDXRef-7
FileType: OTHER
FileChecksum: SHA1: adc83b19e793491b1c6ea0fd8b46cd9f32e592fc
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/PyYAML.egg-info/top_level.txt
SPDXID: SPDXRef-10
FileType: OTHER
FileChecksum: SHA1: 9e8a73cfb8a2d50dd6446e55a4019eea9f6004bc
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/_yaml/__init__.py
SPDXID: SPDXRef-28
FileType: SOURCE
FileChecksum: SHA1: 059550643cf273e833d67730760f2922000c3e5c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/__init__.py
SPDXID: SPDXRef-27
FileType: SOURCE
FileChecksum: SHA1: cea155bba62fc3761e51ead7c321fea010af81e3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/composer.py
SPDXID: SPDXRef-11
FileType: SOURCE
FileChecksum: SHA1: 903f37f572599211a49eade39ec1345dfae5522a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/constructor.py
SPDXID: SPDXRef-12
FileType: SOURCE
FileChecksum: SHA1: d82940e8897931e824e6fd3538247c1ad6c261cc
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/cyaml.py
SPDXID: SPDXRef-13
FileType: SOURCE
FileChecksum: SHA1: 2fda912527187aeec8199a9d540c6b93fc7ce5ee
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/dumper.py
SPDXID: SPDXRef-14
FileType: SOURCE
FileChecksum: SHA1: 7f633e553e24d82f91f77e6414788e83c91f9f72
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/emitter.py
SPDXID: SPDXRef-15
FileType: SOURCE
FileChecksum: SHA1: af30ab1e2c46ca3b19491c7ec2704c045fa4eab9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/error.py
SPDXID: SPDXRef-16
FileType: SOURCE
FileChecksum: SHA1: 0736e2d4acddd01aec18e4d07956fe929ca71ade
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/events.py
SPDXID: SPDXRef-17
FileType: SOURCE
FileChecksum: SHA1: b45a3aa7eb8e3428fe18fa5801accb4c42d1137e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/loader.py
SPDXID: SPDXRef-18
FileType: SOURCE
FileChecksum: SHA1: 6bbac69d213e2ae72b157d1906c5dbcb4f04c068
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/nodes.py
SPDXID: SPDXRef-19
FileType: SOURCE
FileChecksum: SHA1: 1cce0c53a0aa1633ccd99cb925efcb0e6716b27a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/parser.py
SPDXID: SPDXRef-20
FileType: SOURCE
FileChecksum: SHA1: 49dbff769e7e1ccbfc8c4ed0eff2f00582b01216
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/reader.py
SPDXID: SPDXRef-21
FileType: SOURCE
FileChecksum: SHA1: 9b10065e9a5ea3b0b117716a7e15fbda23a7787f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/representer.py
SPDXID: SPDXRef-22
FileType: SOURCE
FileChecksum: SHA1: 0d65a410db824952e1083591d5b56955b4cc7f0c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/resolver.py
SPDXID: SPDXRef-23
FileType: SOURCE
FileChecksum: SHA1: 0570a7c52cd987f93f077e3d5ea3a9d70f8064a5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/scanner.py
SPDXID: SPDXRef-24
FileType: SOURCE
FileChecksum: SHA1: bae8d3fc1cdd891f0215d5ee36df0554cfbfa877
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/serializer.py
SPDXID: SPDXRef-25
FileType: SOURCE
FileChecksum: SHA1: 44971ea411745967d430ed1d4bb164bea8f12602
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./lib/yaml/tokens.py
SPDXID: SPDXRef-26
FileType: SOURCE
FileChecksum: SHA1: 2f49888d399714a6376d3b9df52cc394263ee6d9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./pyproject.toml
SPDXID: SPDXRef-33
FileType: OTHER
FileChecksum: SHA1: deac533de3c61ca3fe3dcdffde135991675277bd
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./setup.cfg
SPDXID: SPDXRef-35
FileType: OTHER
FileChecksum: SHA1: fbb1975fd414af07da5ba9054cef698ea3b9dd4e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./setup.py
SPDXID: SPDXRef-36
FileType: SOURCE
FileChecksum: SHA1: 43085f0ceb019ca492fa4552f59521e9f6b05a34
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/a-nasty-libyaml-bug.loader-error
SPDXID: SPDXRef-37
FileType: OTHER
FileChecksum: SHA1: a6ae27f80a709b28d951bd4ffec8d1ef4b3ee37b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/aliases-cdumper-bug.code
SPDXID: SPDXRef-39
FileType: OTHER
FileChecksum: SHA1: a80c8a9ce4b6379390d59cfff15fb06b9014fcb4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/aliases.events
SPDXID: SPDXRef-40
FileType: OTHER
FileChecksum: SHA1: 52b60341941e75c222c3cfd7c6773764f2c2ec7f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/bool.data
SPDXID: SPDXRef-41
FileType: OTHER
FileChecksum: SHA1: ae397eb77246a7614a990201e6bb7e60f918a5c1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/bool.detect
SPDXID: SPDXRef-42
FileType: OTHER
FileChecksum: SHA1: 6a1dbb7d8505291e4edd9b17bca6e05677e8647a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-binary-py2.code
SPDXID: SPDXRef-43
FileType: OTHER
FileChecksum: SHA1: bcf4c904bdb24502502e939f2c0a62d4a3cba108
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-binary-py2.data
SPDXID: SPDXRef-44
FileType: OTHER
FileChecksum: SHA1: 0c827519659d150f2070e14c8221d11e425a8bb8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-binary-py3.code
SPDXID: SPDXRef-45
FileType: OTHER
FileChecksum: SHA1: 473cb1844f9084cc0a8e90dc95e9248274bf7d75
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-binary-py3.data
SPDXID: SPDXRef-46
FileType: OTHER
FileChecksum: SHA1: 0c827519659d150f2070e14c8221d11e425a8bb8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-bool.code
SPDXID: SPDXRef-47
FileType: OTHER
FileChecksum: SHA1: 42d89424ab01d5468f020b6608bf2eb09a4629a0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-bool.data
SPDXID: SPDXRef-48
FileType: OTHER
FileChecksum: SHA1: 659b25a5709523487a6c4432ffb04bf866d304d1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-custom.code
SPDXID: SPDXRef-49
FileType: OTHER
FileChecksum: SHA1: 9347af15345a0c3df55211733f36f6800a03a81c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-custom.data
SPDXID: SPDXRef-50
FileType: OTHER
FileChecksum: SHA1: a6f75912a5dbde0672e02a755d2830084f79c050
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-float.code
SPDXID: SPDXRef-51
FileType: OTHER
FileChecksum: SHA1: 0393d27a488cd010488b116dd4258636fdc4e272
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-float.data
SPDXID: SPDXRef-52
FileType: OTHER
FileChecksum: SHA1: 8773e2f9d562071f17a3d8f7c59838c4f9c08d0c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-int.code
SPDXID: SPDXRef-53
FileType: OTHER
FileChecksum: SHA1: 48a10884b81db61961e4ae062d26d0ea208fd497
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-int.data
SPDXID: SPDXRef-54
FileType: OTHER
FileChecksum: SHA1: fcc17949140af77b644928a7376f4325296788ba
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-map.code
SPDXID: SPDXRef-55
FileType: OTHER
FileChecksum: SHA1: 8c04fc6ac4d4a151cada74504eceecfce6a54703
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-map.data
SPDXID: SPDXRef-56
FileType: OTHER
FileChecksum: SHA1: 7ae3dab43a19ab7aeb5c6c1564ae97a6fa510f65
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-merge.code
SPDXID: SPDXRef-57
FileType: OTHER
FileChecksum: SHA1: 551231c19a00f38a3a12363a81c48c29769392f8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-merge.data
SPDXID: SPDXRef-58
FileType: OTHER
FileChecksum: SHA1: 1d0af0f2828493ba35dde5e54ccc999ac65b5c13
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-null.code
SPDXID: SPDXRef-59
FileType: OTHER
FileChecksum: SHA1: e5a2feaae6c64ad7d8d26b73bce86531f5a10201
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-null.data
SPDXID: SPDXRef-60
FileType: OTHER
FileChecksum: SHA1: f636079993224cd8614bc7a72ff65663654fadeb
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-omap.code
SPDXID: SPDXRef-61
FileType: OTHER
FileChecksum: SHA1: 04294776beb438a5a982cfe0c110061dbf4a9e72
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-omap.data
SPDXID: SPDXRef-62
FileType: OTHER
FileChecksum: SHA1: d054a6500bd499ece98314964081a1bdf0cdab1f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-pairs.code
SPDXID: SPDXRef-63
FileType: OTHER
FileChecksum: SHA1: 6ce96a903a5430d135ceebdcb254b31493c51aa4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-pairs.data
SPDXID: SPDXRef-64
FileType: OTHER
FileChecksum: SHA1: e0aa9fbc3230f50ac4e62e5b057575cf0aed75e5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-bool.code
SPDXID: SPDXRef-65
FileType: OTHER
FileChecksum: SHA1: 7bbbe0135ef47a86180cae5f2f6addf411be1f48
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-bool.data
SPDXID: SPDXRef-66
FileType: OTHER
FileChecksum: SHA1: bf9b1f8300f767377a3ac2adea660c3fa9041ab2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-bytes-py3.code
SPDXID: SPDXRef-67
FileType: OTHER
FileChecksum: SHA1: c466eb844ab926e4fcbd0739190675cfbbb0b1cf
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-bytes-py3.data
SPDXID: SPDXRef-68
FileType: OTHER
FileChecksum: SHA1: b24112ed294ee2ad5c18bdf3b3c341cee72b2657
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-complex.code
SPDXID: SPDXRef-69
FileType: OTHER
FileChecksum: SHA1: cf82a7d893fd6d19d963a38a141ff2a2b29f8f4b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-complex.data
SPDXID: SPDXRef-70
FileType: OTHER
FileChecksum: SHA1: b8355f6a284f0f58928b43356ac9489231b3b504
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-float.code
SPDXID: SPDXRef-71
FileType: OTHER
FileChecksum: SHA1: a8943c1d6aff59fe043e7e296376d4d88c4d8f72
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-float.data
SPDXID: SPDXRef-72
FileType: OTHER
FileChecksum: SHA1: 46f24bbe3501aecfd64a62228ca479b94bfa4988
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-int.code
SPDXID: SPDXRef-73
FileType: OTHER
FileChecksum: SHA1: a8fdc205a9f19cc1c7507a60c4f01b13d11d7fd0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-int.data
SPDXID: SPDXRef-74
FileType: OTHER
FileChecksum: SHA1: f60824c59c8df3ad7b8723af62116d59f597ec05
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-long-short-py2.code
SPDXID: SPDXRef-75
FileType: OTHER
FileChecksum: SHA1: 540d80edec42118756f49a737bd0b73d75665a4b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-long-short-py2.data
SPDXID: SPDXRef-76
FileType: OTHER
FileChecksum: SHA1: accc9594916776cea0a82269b2df5c91b673e39f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-long-short-py3.code
SPDXID: SPDXRef-77
FileType: OTHER
FileChecksum: SHA1: a8fdc205a9f19cc1c7507a60c4f01b13d11d7fd0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-long-short-py3.data
SPDXID: SPDXRef-78
FileType: OTHER
FileChecksum: SHA1: accc9594916776cea0a82269b2df5c91b673e39f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-name-module.code
SPDXID: SPDXRef-79
FileType: OTHER
FileChecksum: SHA1: b010b2fe505d746981383a98364d45b8407153c9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-name-module.data
SPDXID: SPDXRef-80
FileType: OTHER
FileChecksum: SHA1: c44bd4ee7feef833d11dc5576d437a9001aa55ca
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-none.code
SPDXID: SPDXRef-81
FileType: OTHER
FileChecksum: SHA1: d0a6e24a68227109cfd0015b0cd6da4e371d91db
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-none.data
SPDXID: SPDXRef-82
FileType: OTHER
FileChecksum: SHA1: 8692bff6613eeb039998666261a602a6edcfc488
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-object.code
SPDXID: SPDXRef-83
FileType: OTHER
FileChecksum: SHA1: ce7d380cb17848cfdc500f506273834967c9e930
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-object.data
SPDXID: SPDXRef-84
FileType: OTHER
FileChecksum: SHA1: ba6fd69dd46465fa09f15e3b644a3b6d2f41836b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-str-ascii.code
SPDXID: SPDXRef-85
FileType: OTHER
FileChecksum: SHA1: c3bb85d20caa73095b547be2dd3d30d34e00017b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-str-ascii.data
SPDXID: SPDXRef-86
FileType: OTHER
FileChecksum: SHA1: 9dd76cf0b46532af7a9b8ba6304f71404bd67841
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-str-utf8-py2.code
SPDXID: SPDXRef-87
FileType: OTHER
FileChecksum: SHA1: 15a1ad5a0315f5cc30f4bde8436c8e0f93b3d921
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-str-utf8-py2.data
SPDXID: SPDXRef-88
FileType: OTHER
FileChecksum: SHA1: 241220d7f02e7174eeb5c074d72b1db95a46f9b9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-str-utf8-py3.code
SPDXID: SPDXRef-89
FileType: OTHER
FileChecksum: SHA1: aba6e5370fafa8f1b74286b9d45a34efec8607c8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-str-utf8-py3.data
SPDXID: SPDXRef-90
FileType: OTHER
FileChecksum: SHA1: 241220d7f02e7174eeb5c074d72b1db95a46f9b9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-tuple-list-dict.code
SPDXID: SPDXRef-91
FileType: OTHER
FileChecksum: SHA1: 88017f8b9070e053dfdaf247a15d7a2fd91a7b52
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-tuple-list-dict.data
SPDXID: SPDXRef-92
FileType: OTHER
FileChecksum: SHA1: e2248d27f0245f69ea3a15c74740ae87af93926e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-unicode-ascii-py2.code
SPDXID: SPDXRef-93
FileType: OTHER
FileChecksum: SHA1: 799a1611330e0d25b1126d811ccd4c0939088b01
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-unicode-ascii-py2.data
SPDXID: SPDXRef-94
FileType: OTHER
FileChecksum: SHA1: 82ba6e391c855b0e72e25da69bd294eb12915fb2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-unicode-ascii-py3.code
SPDXID: SPDXRef-95
FileType: OTHER
FileChecksum: SHA1: c3bb85d20caa73095b547be2dd3d30d34e00017b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-unicode-ascii-py3.data
SPDXID: SPDXRef-96
FileType: OTHER
FileChecksum: SHA1: 82ba6e391c855b0e72e25da69bd294eb12915fb2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-unicode-utf8-py2.code
SPDXID: SPDXRef-97
FileType: OTHER
FileChecksum: SHA1: eda71699245f2eaa9d67834be72122caf9aeeee9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-unicode-utf8-py2.data
SPDXID: SPDXRef-98
FileType: OTHER
FileChecksum: SHA1: 4b4bac39a90c29f8dbbc3a298f9ebd17bf28ccc1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-unicode-utf8-py3.code
SPDXID: SPDXRef-99
FileType: OTHER
FileChecksum: SHA1: aba6e5370fafa8f1b74286b9d45a34efec8607c8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-python-unicode-utf8-py3.data
SPDXID: SPDXRef-100
FileType: OTHER
FileChecksum: SHA1: 4b4bac39a90c29f8dbbc3a298f9ebd17bf28ccc1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-seq.code
SPDXID: SPDXRef-101
FileType: OTHER
FileChecksum: SHA1: f89abb8a5eeb737cfcead04e459c72a00c670092
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-seq.data
SPDXID: SPDXRef-102
FileType: OTHER
FileChecksum: SHA1: f19909abfb530cfbdebfb9e240459815017ff3ea
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-set.code
SPDXID: SPDXRef-103
FileType: OTHER
FileChecksum: SHA1: 83edae4ea2d894b3290f22db4b034f13426182be
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-set.data
SPDXID: SPDXRef-104
FileType: OTHER
FileChecksum: SHA1: ebd78547f1a514fa5888e386dfb7939b53118041
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-str-ascii.code
SPDXID: SPDXRef-105
FileType: OTHER
FileChecksum: SHA1: c3bb85d20caa73095b547be2dd3d30d34e00017b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-str-ascii.data
SPDXID: SPDXRef-106
FileType: OTHER
FileChecksum: SHA1: f675fb0875e713b52c066f7adca0ebcd846b604f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-str-utf8-py2.code
SPDXID: SPDXRef-107
FileType: OTHER
FileChecksum: SHA1: eda71699245f2eaa9d67834be72122caf9aeeee9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-str-utf8-py2.data
SPDXID: SPDXRef-108
FileType: OTHER
FileChecksum: SHA1: 8860acdd7440cd5bcaa806fb9a3dae0aa75f7871
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-str-utf8-py3.code
SPDXID: SPDXRef-109
FileType: OTHER
FileChecksum: SHA1: aba6e5370fafa8f1b74286b9d45a34efec8607c8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-str-utf8-py3.data
SPDXID: SPDXRef-110
FileType: OTHER
FileChecksum: SHA1: 8860acdd7440cd5bcaa806fb9a3dae0aa75f7871
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-str.code
SPDXID: SPDXRef-111
FileType: OTHER
FileChecksum: SHA1: 919d038cc7683288b7e2a5ced92ae2ff696136be
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-str.data
SPDXID: SPDXRef-112
FileType: OTHER
FileChecksum: SHA1: d52c5f1e1a0d1fdbbc00b88f82a52f87fe3f62d6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-timestamp.code
SPDXID: SPDXRef-113
FileType: OTHER
FileChecksum: SHA1: aa0fc2ab8e229fcdf920e5d8864837e000db84cc
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-timestamp.data
SPDXID: SPDXRef-114
FileType: OTHER
FileChecksum: SHA1: 14bb22593528066d24cce426c072dba1bc155f8c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-value.code
SPDXID: SPDXRef-115
FileType: OTHER
FileChecksum: SHA1: cb5a228f4867244fb93e45749efb94326657ae9c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/construct-value.data
SPDXID: SPDXRef-116
FileType: OTHER
FileChecksum: SHA1: 2518de898712e6f120b500942edb3b167385864a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/document-separator-in-quoted-scalar.loader-error
SPDXID: SPDXRef-117
FileType: OTHER
FileChecksum: SHA1: 5a4812b5b06ab0d735060d6c4076ec1c36c685d6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/documents.events
SPDXID: SPDXRef-118
FileType: OTHER
FileChecksum: SHA1: c0a6bf11461dca3dbf4f0db2c6a21ea0ca1f6f86
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-anchor-1.loader-error
SPDXID: SPDXRef-119
FileType: OTHER
FileChecksum: SHA1: 70a3f291e43540fd7a67b787e1d7f411e73319f3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-anchor-2.loader-error
SPDXID: SPDXRef-120
FileType: OTHER
FileChecksum: SHA1: e497a3dcbbced3945d6730a4665530180204b87a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-key.former-loader-error.code
SPDXID: SPDXRef-121
FileType: OTHER
FileChecksum: SHA1: 5338c30100a7df7dc2efd6cbba9b00a840bf6f9a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-key.former-loader-error.data
SPDXID: SPDXRef-122
FileType: OTHER
FileChecksum: SHA1: 9265c349289f68ac977a49e998ca05e10af2dd72
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-mapping-key.former-loader-error.code
SPDXID: SPDXRef-123
FileType: OTHER
FileChecksum: SHA1: ba146eb0744c6568b8b1e85a757de4d4a0aa020e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-mapping-key.former-loader-error.data
SPDXID: SPDXRef-124
FileType: OTHER
FileChecksum: SHA1: b9857b01ef91b1bbaa90ed918b3524ee596bf83e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-merge-key.former-loader-error.code
SPDXID: SPDXRef-125
FileType: OTHER
FileChecksum: SHA1: 955a1deabc3664230d575cec120cc6fa72410a33
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-merge-key.former-loader-error.data
SPDXID: SPDXRef-126
FileType: OTHER
FileChecksum: SHA1: 3e87e3757b307d747830177169bcde20951c4f63
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-tag-directive.loader-error
SPDXID: SPDXRef-127
FileType: OTHER
FileChecksum: SHA1: a36fde95355b616ef8b8318b770d33aa6f3a0f17
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-value-key.former-loader-error.code
SPDXID: SPDXRef-128
FileType: OTHER
FileChecksum: SHA1: efef6923cce9aac96aad7c0dab1911a4ffd583ee
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-value-key.former-loader-error.data
SPDXID: SPDXRef-129
FileType: OTHER
FileChecksum: SHA1: a8b462eb44d794c6d30919b93f3d088f7bff4a16
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/duplicate-yaml-directive.loader-error
SPDXID: SPDXRef-130
FileType: OTHER
FileChecksum: SHA1: b427ac433abd2b1694f1463ec3c4c6d8994be5d6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emit-block-scalar-in-simple-key-context-bug.canonical
SPDXID: SPDXRef-131
FileType: OTHER
FileChecksum: SHA1: 18e57004e1f7dd313274d352f533d5eb5f88f7de
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emit-block-scalar-in-simple-key-context-bug.data
SPDXID: SPDXRef-132
FileType: OTHER
FileChecksum: SHA1: 880456c7139b0f89e2f62628868e2cff3a3c4b54
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emitting-unacceptable-unicode-character-bug-py3.code
SPDXID: SPDXRef-133
FileType: OTHER
FileChecksum: SHA1: cf155622d2744225cecdda2e704f7f74fb76dd2d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emitting-unacceptable-unicode-character-bug-py3.data
SPDXID: SPDXRef-134
FileType: OTHER
FileChecksum: SHA1: cf155622d2744225cecdda2e704f7f74fb76dd2d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emitting-unacceptable-unicode-character-bug-py3.skip-ext
SPDXID: SPDXRef-135
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emitting-unacceptable-unicode-character-bug.code
SPDXID: SPDXRef-136
FileType: OTHER
FileChecksum: SHA1: 8b81a07bed55446d4fdf5659676a76202f6ec13c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emitting-unacceptable-unicode-character-bug.data
SPDXID: SPDXRef-137
FileType: OTHER
FileChecksum: SHA1: cf155622d2744225cecdda2e704f7f74fb76dd2d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emitting-unacceptable-unicode-character-bug.skip-ext
SPDXID: SPDXRef-138
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emoticons.unicode
SPDXID: SPDXRef-139
FileType: OTHER
FileChecksum: SHA1: e5f7554cf6cfc9b92a60d729670ea1f6db81cf1f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/emoticons2.unicode
SPDXID: SPDXRef-140
FileType: OTHER
FileChecksum: SHA1: e209edad5f436eb9ddc9d48657a605958536e0a6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-anchor.emitter-error
SPDXID: SPDXRef-141
FileType: OTHER
FileChecksum: SHA1: 1b6c93d3ffc648bf8699cf05a58cfc393341e05b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-document-bug.canonical
SPDXID: SPDXRef-142
FileType: OTHER
FileChecksum: SHA1: 2a296fc1724811cd03d4628c540d810f46d96af6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-document-bug.data
SPDXID: SPDXRef-143
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-document-bug.empty
SPDXID: SPDXRef-144
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-documents.single-loader-error
SPDXID: SPDXRef-145
FileType: OTHER
FileChecksum: SHA1: f720190ed1a8e618b7564f034a3560ab17cc4566
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-python-module.loader-error
SPDXID: SPDXRef-146
FileType: OTHER
FileChecksum: SHA1: 90296e2fd8dbb6e58f53f7dba80fb0431764e0df
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-python-name.loader-error
SPDXID: SPDXRef-147
FileType: OTHER
FileChecksum: SHA1: cf0d3e1b09d9344c987d9f6d50681c35a298d933
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-tag-handle.emitter-error
SPDXID: SPDXRef-148
FileType: OTHER
FileChecksum: SHA1: 8f73bc0383f5578290069dad6a46939b2b5f30db
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-tag-prefix.emitter-error
SPDXID: SPDXRef-149
FileType: OTHER
FileChecksum: SHA1: fe92b45934e3c6f42e86c180689f1281d40ad191
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/empty-tag.emitter-error
SPDXID: SPDXRef-150
FileType: OTHER
FileChecksum: SHA1: 67c53d683e37e9bd712d74469a3c85eb34d586b8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/expected-document-end.emitter-error
SPDXID: SPDXRef-151
FileType: OTHER
FileChecksum: SHA1: 9e15ee37726e2f1a594638925089d4f3a0eedb83
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/expected-document-start.emitter-error
SPDXID: SPDXRef-152
FileType: OTHER
FileChecksum: SHA1: 3972470c229affbfb087205e6151be904abc9cd9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/expected-mapping.loader-error
SPDXID: SPDXRef-153
FileType: OTHER
FileChecksum: SHA1: 95159d7e5b1574bb5814c8d4fac5855d771dc2ba
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/expected-node-1.emitter-error
SPDXID: SPDXRef-154
FileType: OTHER
FileChecksum: SHA1: d067528a358e87a344a2d4329592afd198c67306
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/expected-node-2.emitter-error
SPDXID: SPDXRef-155
FileType: OTHER
FileChecksum: SHA1: 2fb9c9712e7131dfcbad7bac1f321a0a005f370a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/expected-nothing.emitter-error
SPDXID: SPDXRef-156
FileType: OTHER
FileChecksum: SHA1: ff788cc438d49d238742dfaa561cec278f674bce
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/expected-scalar.loader-error
SPDXID: SPDXRef-157
FileType: OTHER
FileChecksum: SHA1: 9e41ed1aad501e72df29c2f473838ad5fbfb0046
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/expected-sequence.loader-error
SPDXID: SPDXRef-158
FileType: OTHER
FileChecksum: SHA1: 630792d7a7e6f1229e539efd556fdce2cbd46618
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/expected-stream-start.emitter-error
SPDXID: SPDXRef-159
FileType: OTHER
FileChecksum: SHA1: aedb0ad7241f86eb8c740b73a24150234d6e38ac
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/explicit-document.single-loader-error
SPDXID: SPDXRef-160
FileType: OTHER
FileChecksum: SHA1: 11f28f5f9245ebcce1f025a5c917f48c9972a7be
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/fetch-complex-value-bug.loader-error
SPDXID: SPDXRef-161
FileType: OTHER
FileChecksum: SHA1: e01d8db00c7f4b4f117954ad0225ffe1c5a59745
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/float-representer-2.3-bug.code
SPDXID: SPDXRef-162
FileType: OTHER
FileChecksum: SHA1: 921c186074b02d601a93d177771fabb555ad5d00
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/float-representer-2.3-bug.data
SPDXID: SPDXRef-163
FileType: OTHER
FileChecksum: SHA1: b676e0f704f002cac3909e3658745b4e93ed9558
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/float.data
SPDXID: SPDXRef-164
FileType: OTHER
FileChecksum: SHA1: 2e7e8a38184c5960b8f1cf1a7b37e7dd09247e3d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/float.detect
SPDXID: SPDXRef-165
FileType: OTHER
FileChecksum: SHA1: 5602301eea6febb1bf2f1ff71203fbcacaa10e4e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/forbidden-entry.loader-error
SPDXID: SPDXRef-166
FileType: OTHER
FileChecksum: SHA1: 38e0e63e988fea0d03867ce13942859aa8a00dad
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/forbidden-key.loader-error
SPDXID: SPDXRef-167
FileType: OTHER
FileChecksum: SHA1: c58657fd59c424c99713273d91d6cbab1ed7448d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/forbidden-value.loader-error
SPDXID: SPDXRef-168
FileType: OTHER
FileChecksum: SHA1: 58a76988052e4933c3af70bc7ab71a3eb4653261
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/implicit-document.single-loader-error
SPDXID: SPDXRef-169
FileType: OTHER
FileChecksum: SHA1: d9eebb319bf950afbb7a83a4936c06ddb1dbcc7d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/int.data
SPDXID: SPDXRef-170
FileType: OTHER
FileChecksum: SHA1: d68a79db6f385f4e9ca9b0f786c09d550fc00bb7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/int.detect
SPDXID: SPDXRef-171
FileType: OTHER
FileChecksum: SHA1: 43695b84ffcaef7f6863358a0ec86869b42232e6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-anchor-1.loader-error
SPDXID: SPDXRef-172
FileType: OTHER
FileChecksum: SHA1: fc3b7ac28f06ee007777c74079181e050709c17a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-anchor-2.loader-error
SPDXID: SPDXRef-173
FileType: OTHER
FileChecksum: SHA1: 339546cacad5ab8be92b0eb01b002e0b4c8b8d35
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-anchor.emitter-error
SPDXID: SPDXRef-174
FileType: OTHER
FileChecksum: SHA1: aa2d4feb0fe570e94e44018d446ce0e0c16acfa3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-base64-data-2.loader-error
SPDXID: SPDXRef-175
FileType: OTHER
FileChecksum: SHA1: 8f676258cf3373a78b716ba42b819fc5e6d00dd1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-base64-data.loader-error
SPDXID: SPDXRef-176
FileType: OTHER
FileChecksum: SHA1: fb453e2e2bcc36ab0b15515d89f90d3d80387e91
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-block-scalar-indicator.loader-error
SPDXID: SPDXRef-177
FileType: OTHER
FileChecksum: SHA1: b3d8b73c6b798ebae1bfe0c8d56e72cf63330bf7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-character.loader-error
SPDXID: SPDXRef-178
FileType: OTHER
FileChecksum: SHA1: ff0e187c35d6b0d050c2c5a10dd166bb0affb0e2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-character.stream-error
SPDXID: SPDXRef-179
FileType: OTHER
FileChecksum: SHA1: 920f2c3fe9a378dc49cadebf6539ed15e35d7d61
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-directive-line.loader-error
SPDXID: SPDXRef-180
FileType: OTHER
FileChecksum: SHA1: be76991b51545d019ccf93a48a205351f54b3299
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-directive-name-1.loader-error
SPDXID: SPDXRef-181
FileType: OTHER
FileChecksum: SHA1: 658fa6e5386ad4b46a9ea64f779218f172aeda75
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-directive-name-2.loader-error
SPDXID: SPDXRef-182
FileType: OTHER
FileChecksum: SHA1: 7ddbe5ff56fad554d50ef5c349068b84c0fd6e2b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-escape-character.loader-error
SPDXID: SPDXRef-183
FileType: OTHER
FileChecksum: SHA1: 50351e271225c65518324de0b9f33accb9c8c9df
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-escape-numbers.loader-error
SPDXID: SPDXRef-184
FileType: OTHER
FileChecksum: SHA1: c0c6fd4845d44a789eb91cdccefabef9f5f786c0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-indentation-indicator-1.loader-error
SPDXID: SPDXRef-185
FileType: OTHER
FileChecksum: SHA1: 9385daac9c871a6e0417e5f288c73c9ccf35bc05
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-indentation-indicator-2.loader-error
SPDXID: SPDXRef-186
FileType: OTHER
FileChecksum: SHA1: 1ba3ee58d74f8e90503facfd8ac1ff347a377edf
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-item-without-trailing-break.loader-error
SPDXID: SPDXRef-187
FileType: OTHER
FileChecksum: SHA1: bac9d71df1bbed1bb68c31da8c9f8ee245648658
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-merge-1.loader-error
SPDXID: SPDXRef-188
FileType: OTHER
FileChecksum: SHA1: 8915d14226a5181e9e68a5fe3005496fbca3b5bd
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-merge-2.loader-error
SPDXID: SPDXRef-189
FileType: OTHER
FileChecksum: SHA1: 39d31e101d8c613ef537b91e4f88267174b43214
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-omap-1.loader-error
SPDXID: SPDXRef-190
FileType: OTHER
FileChecksum: SHA1: 8094683a73ba794450f5515546e0e305d0b75d7d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-omap-2.loader-error
SPDXID: SPDXRef-191
FileType: OTHER
FileChecksum: SHA1: 253dc84c0743f0cf019f0290db7ea7d42dd2b3d3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-omap-3.loader-error
SPDXID: SPDXRef-192
FileType: OTHER
FileChecksum: SHA1: ac75cec2dc2846457789ad28de83755ebe827752
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-pairs-1.loader-error
SPDXID: SPDXRef-193
FileType: OTHER
FileChecksum: SHA1: 05badabb30f06fc9f2d60c746ca7bcc0e4431a84
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-pairs-2.loader-error
SPDXID: SPDXRef-194
FileType: OTHER
FileChecksum: SHA1: 446e918cab22c12732cb183341caf99dc3c7ab43
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-pairs-3.loader-error
SPDXID: SPDXRef-195
FileType: OTHER
FileChecksum: SHA1: 8f4d85d156532fd734ade566b1aae0b4514a8b4b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-python-bytes-2-py3.loader-error
SPDXID: SPDXRef-196
FileType: OTHER
FileChecksum: SHA1: 17e711ca55a162f68d51320528649346b2f68dc8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-python-bytes-py3.loader-error
SPDXID: SPDXRef-197
FileType: OTHER
FileChecksum: SHA1: 6194e67894c06c807c03361caa7d620e021f78d1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-python-module-kind.loader-error
SPDXID: SPDXRef-198
FileType: OTHER
FileChecksum: SHA1: 7102849f6a5a53522d45d81a382fc87d89092d90
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-python-module-value.loader-error
SPDXID: SPDXRef-199
FileType: OTHER
FileChecksum: SHA1: 5820e9b1cc74c99d57968749244c1adfbb25c2e2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-python-module.loader-error
SPDXID: SPDXRef-200
FileType: OTHER
FileChecksum: SHA1: 36bb24b406c88143f2085ff2abf92261d6c2a3a1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-python-name-kind.loader-error
SPDXID: SPDXRef-201
FileType: OTHER
FileChecksum: SHA1: b288a561080b93b67146a83a5bed25420d1ab402
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-python-name-module.loader-error
SPDXID: SPDXRef-202
FileType: OTHER
FileChecksum: SHA1: 80f26cece158ff8f753da3cee165b3ce5e92f187
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-python-name-object.loader-error
SPDXID: SPDXRef-203
FileType: OTHER
FileChecksum: SHA1: 196740b8e4c61ab02dc34a32a1970c0385549358
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-python-name-value.loader-error
SPDXID: SPDXRef-204
FileType: OTHER
FileChecksum: SHA1: 4a9c93c8c162131845921781815a63376149c850
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-simple-key.loader-error
SPDXID: SPDXRef-205
FileType: OTHER
FileChecksum: SHA1: 45a54c4a70b4a39c27eb0323754c58a58f721710
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-single-quote-bug.code
SPDXID: SPDXRef-206
FileType: OTHER
FileChecksum: SHA1: b1d6b1a705f47f8e590ae0d6aedbe9c1be69d2e6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-single-quote-bug.data
SPDXID: SPDXRef-207
FileType: OTHER
FileChecksum: SHA1: a37fd1f3f70883262be82bab214ebe3fdc04e7d7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-starting-character.loader-error
SPDXID: SPDXRef-208
FileType: OTHER
FileChecksum: SHA1: 49ac630c7fd80febc3a2e49e6b91b5f39c96dbc3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-tag-1.loader-error
SPDXID: SPDXRef-209
FileType: OTHER
FileChecksum: SHA1: 8ed758d4566435b8251f5aa492ee3702a506056d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-tag-2.loader-error
SPDXID: SPDXRef-210
FileType: OTHER
FileChecksum: SHA1: 48b9659536f891984e8f04ac279ff382b24b3094
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-tag-directive-handle.loader-error
SPDXID: SPDXRef-211
FileType: OTHER
FileChecksum: SHA1: 7a5130979ae41f723a5254d5d4c66f6cf275183a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-tag-directive-prefix.loader-error
SPDXID: SPDXRef-212
FileType: OTHER
FileChecksum: SHA1: 9b158b53fce71669317065aaa4faf726b2c55b3c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-tag-handle-1.emitter-error
SPDXID: SPDXRef-213
FileType: OTHER
FileChecksum: SHA1: 0d99fa434f2edcd8a4a6b88ea94886e9f9bb619d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-tag-handle-1.loader-error
SPDXID: SPDXRef-214
FileType: OTHER
FileChecksum: SHA1: 4799c23383c5e070fc48a2bb9fbbad4e0896f983
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-tag-handle-2.emitter-error
SPDXID: SPDXRef-215
FileType: OTHER
FileChecksum: SHA1: 306e2f564d725643925a509a85d9538aa45016a6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-tag-handle-2.loader-error
SPDXID: SPDXRef-216
FileType: OTHER
FileChecksum: SHA1: a1c1e4b672b95864afcf6ef0c5afba1e5a8f653b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-uri-escapes-1.loader-error
SPDXID: SPDXRef-217
FileType: OTHER
FileChecksum: SHA1: 88bb502eb4c1b1f995de029ea1b2eafcb8f5df03
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-uri-escapes-2.loader-error
SPDXID: SPDXRef-218
FileType: OTHER
FileChecksum: SHA1: 52e776ced7fd3a4bcf4faec99962a329611d0f55
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-uri-escapes-3.loader-error
SPDXID: SPDXRef-219
FileType: OTHER
FileChecksum: SHA1: 59ee78b09ff5a44e0b40979dff338327ae653fe6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-uri.loader-error
SPDXID: SPDXRef-220
FileType: OTHER
FileChecksum: SHA1: 1f0480060ee8596fc45db537fe591737e05fdb9a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-utf8-byte.loader-error
SPDXID: SPDXRef-221
FileType: OTHER
FileChecksum: SHA1: 65314ebd01572fe78b66da790718dd4ff2367009
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-utf8-byte.stream-error
SPDXID: SPDXRef-222
FileType: OTHER
FileChecksum: SHA1: 65314ebd01572fe78b66da790718dd4ff2367009
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-yaml-directive-version-1.loader-error
SPDXID: SPDXRef-223
FileType: OTHER
FileChecksum: SHA1: fde4d7e6a06557285540072d901eb069316f4e63
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-yaml-directive-version-2.loader-error
SPDXID: SPDXRef-224
FileType: OTHER
FileChecksum: SHA1: 06e42e807ef09528105413d626c3af1f41608c09
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-yaml-directive-version-3.loader-error
SPDXID: SPDXRef-225
FileType: OTHER
FileChecksum: SHA1: abe5bb9681e5ea4cc2555d3eeeae6196f182e2e3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-yaml-directive-version-4.loader-error
SPDXID: SPDXRef-226
FileType: OTHER
FileChecksum: SHA1: 393dba33d9bb6984a6aa5fd97a0758b5254dcb83
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-yaml-directive-version-5.loader-error
SPDXID: SPDXRef-227
FileType: OTHER
FileChecksum: SHA1: cc7fc5e8c6e6a7f586a542f3f18e1ff03fe95e03
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-yaml-directive-version-6.loader-error
SPDXID: SPDXRef-228
FileType: OTHER
FileChecksum: SHA1: ed6dac2b0c96132655d6c2ee291fb8631c7f151e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/invalid-yaml-version.loader-error
SPDXID: SPDXRef-229
FileType: OTHER
FileChecksum: SHA1: 50fdee7ac08033078e19ead3d2b713fbc6b0fc8a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/latin.unicode
SPDXID: SPDXRef-230
FileType: OTHER
FileChecksum: SHA1: 0c30330b6245ad07ace0d24618fb1ab843d59dc2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/mapping.sort
SPDXID: SPDXRef-231
FileType: OTHER
FileChecksum: SHA1: 2ba8a26c24014117cc5f0dd87ee79b146d7e0409
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/mapping.sorted
SPDXID: SPDXRef-232
FileType: OTHER
FileChecksum: SHA1: f422b8dcc7f3095ab1075b18678a20319bee1029
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/mappings.events
SPDXID: SPDXRef-233
FileType: OTHER
FileChecksum: SHA1: 3e960459befd1759d9630c5b31844a0dd66a3623
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/merge.data
SPDXID: SPDXRef-234
FileType: OTHER
FileChecksum: SHA1: e5e3435a7c061b6e3afd74930158c7ecc1724878
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/merge.detect
SPDXID: SPDXRef-235
FileType: OTHER
FileChecksum: SHA1: 488c3209af552bc0d272716164dd67603f1cea48
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/more-floats.code
SPDXID: SPDXRef-236
FileType: OTHER
FileChecksum: SHA1: ee3b14c3287e7cf318f131a7e7531abfced95c8d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/more-floats.data
SPDXID: SPDXRef-237
FileType: OTHER
FileChecksum: SHA1: 742fdad33cc7d287b7c30718f3eb09f5d23ea7ec
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/multi-constructor.code
SPDXID: SPDXRef-238
FileType: OTHER
FileChecksum: SHA1: 62b6de3575dac58e8478f65f7eb44df8f5a6ed34
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/multi-constructor.multi
SPDXID: SPDXRef-239
FileType: OTHER
FileChecksum: SHA1: f777e17ec877d696727bee6fd9dc8575ac9a2ac0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/myfullloader.subclass_blacklist
SPDXID: SPDXRef-240
FileType: OTHER
FileChecksum: SHA1: 373d9351830eeff85da421f0c96ebd009b1e0aec
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/negative-float-bug.code
SPDXID: SPDXRef-241
FileType: OTHER
FileChecksum: SHA1: 1826dde7f91185e592980e0627158c6e46e6be6e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/negative-float-bug.data
SPDXID: SPDXRef-242
FileType: OTHER
FileChecksum: SHA1: 1826dde7f91185e592980e0627158c6e46e6be6e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-alias-anchor.emitter-error
SPDXID: SPDXRef-243
FileType: OTHER
FileChecksum: SHA1: cb7fa939516e239d6f5f0ca5c66953ac3d41889f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-alias-anchor.skip-ext
SPDXID: SPDXRef-244
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-block-collection-end.loader-error
SPDXID: SPDXRef-245
FileType: OTHER
FileChecksum: SHA1: 3e91a0aefe50ad33df7dcf118f74fcbf56564d77
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-block-mapping-end-2.loader-error
SPDXID: SPDXRef-246
FileType: OTHER
FileChecksum: SHA1: f57ee17ed5709656b446cf25da6b164515ca97f2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-block-mapping-end.loader-error
SPDXID: SPDXRef-247
FileType: OTHER
FileChecksum: SHA1: d0ef2474c08f91165cd47bfe0fbb6fa21fcf504b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-document-start.loader-error
SPDXID: SPDXRef-248
FileType: OTHER
FileChecksum: SHA1: e9d46db4c49ed913861573acd60e8c0b7ea3bd35
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-flow-mapping-end.loader-error
SPDXID: SPDXRef-249
FileType: OTHER
FileChecksum: SHA1: 691d9b38b0c1430c27d1d50710388798315e4cf7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-flow-sequence-end.loader-error
SPDXID: SPDXRef-250
FileType: OTHER
FileChecksum: SHA1: 5ff521b2c27893d19b8a258c2ef9038d45a12bf9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-node-1.loader-error
SPDXID: SPDXRef-251
FileType: OTHER
FileChecksum: SHA1: 3919ae8f1090b4df2643c82a4f6f20d0695134f1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-node-2.loader-error
SPDXID: SPDXRef-252
FileType: OTHER
FileChecksum: SHA1: 879fc718f4401363154e4f0c863dd66ed96dfa72
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/no-tag.emitter-error
SPDXID: SPDXRef-253
FileType: OTHER
FileChecksum: SHA1: 147ebe2ba822b2ac8e57e0444780318ca91d485a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/null.data
SPDXID: SPDXRef-254
FileType: OTHER
FileChecksum: SHA1: 893d23afdadb2c72afa9e837d634332263841432
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/null.detect
SPDXID: SPDXRef-255
FileType: OTHER
FileChecksum: SHA1: c985a4a6164c9ce5d5f99268c9b08a9922c56170
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/odd-utf16.stream-error
SPDXID: SPDXRef-256
FileType: OTHER
FileChecksum: SHA1: 69655b031c3ce5cf97a86db27b4197dc587d7ef7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/overwrite-state-new-constructor.loader-error
SPDXID: SPDXRef-257
FileType: OTHER
FileChecksum: SHA1: 030dc22b9c6993a88e27e4be3c4ab860d2fc9115
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/recursive-anchor.former-loader-error
SPDXID: SPDXRef-258
FileType: OTHER
FileChecksum: SHA1: 654b4d3404d1dab34b1f33adb63ed5fd0b7327ee
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/recursive-dict.recursive
SPDXID: SPDXRef-259
FileType: OTHER
FileChecksum: SHA1: 842252a115f70f79f9982bd6fdc9c0719068d572
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/recursive-list.recursive
SPDXID: SPDXRef-260
FileType: OTHER
FileChecksum: SHA1: 360afdccbda3633581dec3fea540f3b35a941b95
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/recursive-set.recursive
SPDXID: SPDXRef-261
FileType: OTHER
FileChecksum: SHA1: 41638703f12f5c316b9f6daaad7a55d082a9daf2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/recursive-state.recursive
SPDXID: SPDXRef-262
FileType: OTHER
FileChecksum: SHA1: 16300538724b020bf7db5799b6d86114d2e57eac
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/recursive-tuple.recursive
SPDXID: SPDXRef-263
FileType: OTHER
FileChecksum: SHA1: aa20cef99a6f543fe28496219614089745450dfe
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/recursive.former-dumper-error
SPDXID: SPDXRef-264
FileType: OTHER
FileChecksum: SHA1: 9e3d13f308877527541d51575e12d166938e8aa4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/remove-possible-simple-key-bug.loader-error
SPDXID: SPDXRef-265
FileType: OTHER
FileChecksum: SHA1: 3b9f05cbc903908ad488c9e6b438a5c8e9b90804
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/resolver.data
SPDXID: SPDXRef-266
FileType: OTHER
FileChecksum: SHA1: 7a3ec759f4588c744a7ca52887189d0eb9178c32
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/resolver.path
SPDXID: SPDXRef-267
FileType: OTHER
FileChecksum: SHA1: c9251191413170833fe0fdc7616ddee7ae1a147e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/run-parser-crash-bug.data
SPDXID: SPDXRef-268
FileType: OTHER
FileChecksum: SHA1: 3d20907309af4ddde2af01402a677dade7e1085b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/scalars.events
SPDXID: SPDXRef-269
FileType: OTHER
FileChecksum: SHA1: 5c3669114f42470df83072e54de322625522667a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/scan-document-end-bug.canonical
SPDXID: SPDXRef-270
FileType: OTHER
FileChecksum: SHA1: 35f6414b1ecee15f2f42013ef4b56f7b52b627bf
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/scan-document-end-bug.data
SPDXID: SPDXRef-271
FileType: OTHER
FileChecksum: SHA1: ca3639453e4073c134e6f8f1195a161468017225
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/scan-line-break-bug.canonical
SPDXID: SPDXRef-272
FileType: OTHER
FileChecksum: SHA1: f35d6b9d540b6cc6d22a6923aa8342f32f6d8f2e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/scan-line-break-bug.data
SPDXID: SPDXRef-273
FileType: OTHER
FileChecksum: SHA1: e04658afddf1c4c7f1a7739d8db01bc706707676
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/sequences.events
SPDXID: SPDXRef-274
FileType: OTHER
FileChecksum: SHA1: 28f67355924fc064ace38b3d1484cfce50a9cd2c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/serializer-is-already-opened.dumper-error
SPDXID: SPDXRef-275
FileType: OTHER
FileChecksum: SHA1: 78e6674c12e1020926b47fec33d627655b48023b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/serializer-is-closed-1.dumper-error
SPDXID: SPDXRef-276
FileType: OTHER
FileChecksum: SHA1: cca85323a3ceb3979265ef02b3b8705173dabd86
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/serializer-is-closed-2.dumper-error
SPDXID: SPDXRef-277
FileType: OTHER
FileChecksum: SHA1: 96202905b59fdadcab324f0b2c0bc84e44edd38a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/serializer-is-not-opened-1.dumper-error
SPDXID: SPDXRef-278
FileType: OTHER
FileChecksum: SHA1: 85207abdeecee9e3f18dd3d1c1304d0b12288b7b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/serializer-is-not-opened-2.dumper-error
SPDXID: SPDXRef-279
FileType: OTHER
FileChecksum: SHA1: 4c5c579c25c5374a4748d223977af6f3fc03d421
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/single-dot-is-not-float-bug.code
SPDXID: SPDXRef-280
FileType: OTHER
FileChecksum: SHA1: f8de6b4c797528a4b66c486b3924d1e8edc4343f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/single-dot-is-not-float-bug.data
SPDXID: SPDXRef-281
FileType: OTHER
FileChecksum: SHA1: a5d5b61aa8a61b7d9d765e1daf971a9a578f1cfa
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/sloppy-indentation.canonical
SPDXID: SPDXRef-282
FileType: OTHER
FileChecksum: SHA1: ff893ecb904a840d2cf50c89fb8186cf54570751
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/sloppy-indentation.data
SPDXID: SPDXRef-283
FileType: OTHER
FileChecksum: SHA1: 3cbb977d69ae26fb24e47aa684b3b8c4682c3a9f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-01.data
SPDXID: SPDXRef-284
FileType: OTHER
FileChecksum: SHA1: 4d3d0a50a4795211d7cec6fe7fa8fe56cf775b5e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-01.structure
SPDXID: SPDXRef-285
FileType: OTHER
FileChecksum: SHA1: 040976cea6393ac631174f131a141a286f6ca963
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-01.tokens
SPDXID: SPDXRef-286
FileType: OTHER
FileChecksum: SHA1: 587b838762aa2c9a030739f87bb44ed34f59dbf9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-02.data
SPDXID: SPDXRef-287
FileType: OTHER
FileChecksum: SHA1: a300959e5b03d64b1175bc0eb9c15205bc3ee159
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-02.structure
SPDXID: SPDXRef-288
FileType: OTHER
FileChecksum: SHA1: c1ce842a159ca355d6fe2157f11478f05096139c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-02.tokens
SPDXID: SPDXRef-289
FileType: OTHER
FileChecksum: SHA1: 62ed8b89241db83f30ea575be72f52fa0668fe3f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-03.data
SPDXID: SPDXRef-290
FileType: OTHER
FileChecksum: SHA1: 3c56811ea55d6203108ca615aa289a4902fc1339
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-03.structure
SPDXID: SPDXRef-291
FileType: OTHER
FileChecksum: SHA1: b5001da0450d694b16e6de0709bbcaf72f422c87
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-03.tokens
SPDXID: SPDXRef-292
FileType: OTHER
FileChecksum: SHA1: ef24d8d7bfdba8d31fc31df8bb6f2ccaa7f30da7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-04.data
SPDXID: SPDXRef-293
FileType: OTHER
FileChecksum: SHA1: a3f540633ff49e6b7def968521184d31120fee99
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-04.structure
SPDXID: SPDXRef-294
FileType: OTHER
FileChecksum: SHA1: b0dbf46d2749eaf14d9f99094feee97ebf6075ee
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-04.tokens
SPDXID: SPDXRef-295
FileType: OTHER
FileChecksum: SHA1: 08f4c8fab74522bc0b7615214b3e04ad378ed3f1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-05.data
SPDXID: SPDXRef-296
FileType: OTHER
FileChecksum: SHA1: e704fcdb2e99205bb868fcc074590b732b416f8e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-05.structure
SPDXID: SPDXRef-297
FileType: OTHER
FileChecksum: SHA1: 5c981217465e140b175b178189dcb9c7e33c4d18
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-05.tokens
SPDXID: SPDXRef-298
FileType: OTHER
FileChecksum: SHA1: b4eb0e034ac475fa92144c46e057ec50d8d29547
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-06.data
SPDXID: SPDXRef-299
FileType: OTHER
FileChecksum: SHA1: 2bf488eb8df6f5af4e920b547d63a19b02fe3161
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-06.structure
SPDXID: SPDXRef-300
FileType: OTHER
FileChecksum: SHA1: 2bc8282e6170dcb3337b49f58c8086868479dd47
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-06.tokens
SPDXID: SPDXRef-301
FileType: OTHER
FileChecksum: SHA1: 35e56644bef33899169661b4b39b8c1752ab8f17
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-07.data
SPDXID: SPDXRef-302
FileType: OTHER
FileChecksum: SHA1: 5d65581a9aa3f25bcf927e96988b4a2b5af39af3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-07.structure
SPDXID: SPDXRef-303
FileType: OTHER
FileChecksum: SHA1: 560a15d44c93077b842060be0acf80699983c9de
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-07.tokens
SPDXID: SPDXRef-304
FileType: OTHER
FileChecksum: SHA1: 595d96b027b07d16d10a7a736ff95dca9e36df27
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-08.data
SPDXID: SPDXRef-305
FileType: OTHER
FileChecksum: SHA1: a5e3bcffc62f7778f84b3f6e83c76e92722de139
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-08.structure
SPDXID: SPDXRef-306
FileType: OTHER
FileChecksum: SHA1: 864a9f67c98a3b355d0b3ba36df43f31a42ac764
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-08.tokens
SPDXID: SPDXRef-307
FileType: OTHER
FileChecksum: SHA1: d9707291fb72f90235279d3c9e7d4319da58e89d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-09.data
SPDXID: SPDXRef-308
FileType: OTHER
FileChecksum: SHA1: 0a8b249462a28912a7d5c1f72a43fe5c0a79d044
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-09.structure
SPDXID: SPDXRef-309
FileType: OTHER
FileChecksum: SHA1: d4da3898a6fda9675682442167ae9092801fee87
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-09.tokens
SPDXID: SPDXRef-310
FileType: OTHER
FileChecksum: SHA1: 529876567be44a14cfafb959e5b7fc66c9fb5a60
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-10.data
SPDXID: SPDXRef-311
FileType: OTHER
FileChecksum: SHA1: 748d08afe3e29ee2e08cf47d34851d159d2c48ad
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-10.structure
SPDXID: SPDXRef-312
FileType: OTHER
FileChecksum: SHA1: 3de1fe4fba7f86fc4acb63c6552af4d43d459cb5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-10.tokens
SPDXID: SPDXRef-313
FileType: OTHER
FileChecksum: SHA1: e95334f59a40f40590154874bb89b4a2c44303cf
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-11.data
SPDXID: SPDXRef-314
FileType: OTHER
FileChecksum: SHA1: 88c3841b0b4200b5f8b9f5a5e50f637e517d070b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-11.structure
SPDXID: SPDXRef-315
FileType: OTHER
FileChecksum: SHA1: 6d0c83b53f9d5f2cfea5fd1cd7c65a79b5becb37
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-11.tokens
SPDXID: SPDXRef-316
FileType: OTHER
FileChecksum: SHA1: 6ffe030d7dd45ad7679c9eec6ba8ef690713bb9c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-12.data
SPDXID: SPDXRef-317
FileType: OTHER
FileChecksum: SHA1: 074947d7f5be0b1bdd40fb9cc2b0d55a3a430826
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-12.structure
SPDXID: SPDXRef-318
FileType: OTHER
FileChecksum: SHA1: 24769cfb51debbaabe31fe361de937b97385dbfd
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-12.tokens
SPDXID: SPDXRef-319
FileType: OTHER
FileChecksum: SHA1: 5b5e3e79d5fa0e4102565aee4756ce9dfd500b85
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-13.data
SPDXID: SPDXRef-320
FileType: OTHER
FileChecksum: SHA1: b4a0ee56ab3baebe2e789adce628516097db3ac5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-13.structure
SPDXID: SPDXRef-321
FileType: OTHER
FileChecksum: SHA1: 819d8d12aa1612732dcf9b5427b0ade0b1aa866b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-13.tokens
SPDXID: SPDXRef-322
FileType: OTHER
FileChecksum: SHA1: 82202f1cdf7dbe7f6464f69d8ba2597a9b4a8b93
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-14.data
SPDXID: SPDXRef-323
FileType: OTHER
FileChecksum: SHA1: ecfa7cf9219d3d7906ec09a80ed92466807ed66b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-14.structure
SPDXID: SPDXRef-324
FileType: OTHER
FileChecksum: SHA1: 819d8d12aa1612732dcf9b5427b0ade0b1aa866b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-14.tokens
SPDXID: SPDXRef-325
FileType: OTHER
FileChecksum: SHA1: 82202f1cdf7dbe7f6464f69d8ba2597a9b4a8b93
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-15.data
SPDXID: SPDXRef-326
FileType: OTHER
FileChecksum: SHA1: e8b32d4a45b7131e9b8d5d4d3263dc3424625176
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-15.structure
SPDXID: SPDXRef-327
FileType: OTHER
FileChecksum: SHA1: 819d8d12aa1612732dcf9b5427b0ade0b1aa866b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-15.tokens
SPDXID: SPDXRef-328
FileType: OTHER
FileChecksum: SHA1: 71e74fbf7a4635debe9ca464b977604dac9c7f33
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-16.data
SPDXID: SPDXRef-329
FileType: OTHER
FileChecksum: SHA1: a539a413487e58cbb44080a8bd74772ee21528bf
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-16.structure
SPDXID: SPDXRef-330
FileType: OTHER
FileChecksum: SHA1: c1ce842a159ca355d6fe2157f11478f05096139c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-16.tokens
SPDXID: SPDXRef-331
FileType: OTHER
FileChecksum: SHA1: 62ed8b89241db83f30ea575be72f52fa0668fe3f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-17.data
SPDXID: SPDXRef-332
FileType: OTHER
FileChecksum: SHA1: 2f807602c2817580cffdda76c7c731a07b124bde
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-17.structure
SPDXID: SPDXRef-333
FileType: OTHER
FileChecksum: SHA1: cadff3d34848d4280e84f99013c330532e1036fd
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-17.tokens
SPDXID: SPDXRef-334
FileType: OTHER
FileChecksum: SHA1: 3df536975f322af77d23551dac0ca0c4d343e8f9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-18.data
SPDXID: SPDXRef-335
FileType: OTHER
FileChecksum: SHA1: 66ba9126833a3f8f80304108da7da662acca9243
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-18.structure
SPDXID: SPDXRef-336
FileType: OTHER
FileChecksum: SHA1: f2647838d96c15a89be9de95337e4f20d656ee02
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-18.tokens
SPDXID: SPDXRef-337
FileType: OTHER
FileChecksum: SHA1: e2275e10922cc17f257c0b82ea0358f4803ff9ac
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-19.data
SPDXID: SPDXRef-338
FileType: OTHER
FileChecksum: SHA1: 54a1b4c3eaf88ddde4ac792c5ef809ee3b5347d3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-19.structure
SPDXID: SPDXRef-339
FileType: OTHER
FileChecksum: SHA1: 481327ed6bbfcf5ddf219ded5395f76cf2533fe8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-19.tokens
SPDXID: SPDXRef-340
FileType: OTHER
FileChecksum: SHA1: b6ebe396bdf32c60e120291794abec5870af2c12
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-20.data
SPDXID: SPDXRef-341
FileType: OTHER
FileChecksum: SHA1: 9ab311c9e8d99bf9b7ee19c024dbee2b0d07e062
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-20.structure
SPDXID: SPDXRef-342
FileType: OTHER
FileChecksum: SHA1: cadff3d34848d4280e84f99013c330532e1036fd
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-20.tokens
SPDXID: SPDXRef-343
FileType: OTHER
FileChecksum: SHA1: 3df536975f322af77d23551dac0ca0c4d343e8f9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-21.data
SPDXID: SPDXRef-344
FileType: OTHER
FileChecksum: SHA1: 76577cc2cfa84e6d01f9a6720a147b7c0e68e766
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-21.structure
SPDXID: SPDXRef-345
FileType: OTHER
FileChecksum: SHA1: 4ba61e05be3cf6d16420eae3947abb5ad8de2691
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-21.tokens
SPDXID: SPDXRef-346
FileType: OTHER
FileChecksum: SHA1: b9de68be2eab618a4ad69528012dd221fbffc736
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-22.data
SPDXID: SPDXRef-347
FileType: OTHER
FileChecksum: SHA1: 97c1bc62b56e767c9e250eeb7fffb9dec6ab9f00
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-22.structure
SPDXID: SPDXRef-348
FileType: OTHER
FileChecksum: SHA1: 4ba61e05be3cf6d16420eae3947abb5ad8de2691
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-22.tokens
SPDXID: SPDXRef-349
FileType: OTHER
FileChecksum: SHA1: b9de68be2eab618a4ad69528012dd221fbffc736
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-23.data
SPDXID: SPDXRef-350
FileType: OTHER
FileChecksum: SHA1: 0b19da5ee5888e22514cc27f66d1ece85e7fb3e8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-23.structure
SPDXID: SPDXRef-351
FileType: OTHER
FileChecksum: SHA1: c1ce842a159ca355d6fe2157f11478f05096139c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-23.tokens
SPDXID: SPDXRef-352
FileType: OTHER
FileChecksum: SHA1: 6737a0c8ca37a2e000122904588f81579d154155
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-24.data
SPDXID: SPDXRef-353
FileType: OTHER
FileChecksum: SHA1: 849d6749b5e71453d38efdf0b4c7b92b08ca795c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-24.structure
SPDXID: SPDXRef-354
FileType: OTHER
FileChecksum: SHA1: fa2dafc34c0e77de04d1dd2c93eaee307af464d1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-24.tokens
SPDXID: SPDXRef-355
FileType: OTHER
FileChecksum: SHA1: 9bb7aca2385dafa7d8cc13bf58e366484de05877
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-25.data
SPDXID: SPDXRef-356
FileType: OTHER
FileChecksum: SHA1: a7414865d69e3a62c4108592a07ddbea3698dc6a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-25.structure
SPDXID: SPDXRef-357
FileType: OTHER
FileChecksum: SHA1: 2a617883b5651cb2aaf79c9cc83a4bd923341a87
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-25.tokens
SPDXID: SPDXRef-358
FileType: OTHER
FileChecksum: SHA1: 44beb65df69270da4e76afb63f549bf45f65b6e8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-26.data
SPDXID: SPDXRef-359
FileType: OTHER
FileChecksum: SHA1: d836d1c3d2177febce35f3f59557bcb83c74a8b7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-26.structure
SPDXID: SPDXRef-360
FileType: OTHER
FileChecksum: SHA1: 735103bda8a877fa9cafe4b87f21eb4562e5c759
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-26.tokens
SPDXID: SPDXRef-361
FileType: OTHER
FileChecksum: SHA1: f4b9621fac629fa0630f346092915a8083e2b084
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-27.data
SPDXID: SPDXRef-362
FileType: OTHER
FileChecksum: SHA1: f5f62e2c871f260f996264b74d1774d227eefa75
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-27.structure
SPDXID: SPDXRef-363
FileType: OTHER
FileChecksum: SHA1: 4ded543a2fffbe9083e8f8bee6874ef30eaa6aed
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-27.tokens
SPDXID: SPDXRef-364
FileType: OTHER
FileChecksum: SHA1: 06462104b15531e810bffb1c2a09549bf20d160d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-28.data
SPDXID: SPDXRef-365
FileType: OTHER
FileChecksum: SHA1: 7d4f6c721e37d0896b4922720c99bc498cca9ceb
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-28.structure
SPDXID: SPDXRef-366
FileType: OTHER
FileChecksum: SHA1: cd90b2a2fe7c4fddc75856b9230348a22786c4fb
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-02-28.tokens
SPDXID: SPDXRef-367
FileType: OTHER
FileChecksum: SHA1: d05d1478d0d8796c14bd81f05e2a56ed1418265e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-01-utf16be.data
SPDXID: SPDXRef-368
FileType: OTHER
FileChecksum: SHA1: f543255fe4771e6ccb7d2c34020d4ceee17dde99
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-01-utf16be.empty
SPDXID: SPDXRef-369
FileType: OTHER
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-01-utf16le.data
SPDXID: SPDXRef-370
FileType: OTHER
FileChecksum: SHA1: 9c5004671b0c590941c6eac831ca8e3534c39cfa
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-01-utf16le.empty
SPDXID: SPDXRef-371
FileType: OTHER
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-01-utf8.data
SPDXID: SPDXRef-372
FileType: OTHER
FileChecksum: SHA1: d81ff57ab31f67616db1883da3450d2cfdfc8e77
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-01-utf8.empty
SPDXID: SPDXRef-373
FileType: OTHER
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-02-utf16be.data
SPDXID: SPDXRef-374
FileType: OTHER
FileChecksum: SHA1: 13c7e83c87453c0ced7511483727458b443a2170
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-02-utf16be.error
SPDXID: SPDXRef-375
FileType: OTHER
FileChecksum: SHA1: 2f78d4c86c97e27a5a4faee136bc23b053ab2ff8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-02-utf16le.data
SPDXID: SPDXRef-376
FileType: OTHER
FileChecksum: SHA1: 004b0ca3cfb6a704c7d7dc01e89f0de1ec4603d5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-02-utf16le.error
SPDXID: SPDXRef-377
FileType: OTHER
FileChecksum: SHA1: 2f78d4c86c97e27a5a4faee136bc23b053ab2ff8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-02-utf8.data
SPDXID: SPDXRef-378
FileType: OTHER
FileChecksum: SHA1: 23efd062cfe16f71cae7382b4ac2aec714a02511
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-02-utf8.error
SPDXID: SPDXRef-379
FileType: OTHER
FileChecksum: SHA1: 2f78d4c86c97e27a5a4faee136bc23b053ab2ff8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-03.canonical
SPDXID: SPDXRef-380
FileType: OTHER
FileChecksum: SHA1: a2bc89a0191f2d446c9c9252f4535800d0525ad6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-03.data
SPDXID: SPDXRef-381
FileType: OTHER
FileChecksum: SHA1: 9ca4d6e9d83351af5d6651f1f32d4688c3758828
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-04.canonical
SPDXID: SPDXRef-382
FileType: OTHER
FileChecksum: SHA1: b6038b5ab144f9789060328ef3da12c7b40163d5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-04.data
SPDXID: SPDXRef-383
FileType: OTHER
FileChecksum: SHA1: cd285a4d0f6921846b3e30013894ab214daaa64a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-05.data
SPDXID: SPDXRef-384
FileType: OTHER
FileChecksum: SHA1: 83f19f34d698dd203dd79a42652259251fa4d23d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-05.empty
SPDXID: SPDXRef-385
FileType: OTHER
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-06.canonical
SPDXID: SPDXRef-386
FileType: OTHER
FileChecksum: SHA1: 35b4ae0fd3a24547e6756c2f139e3f57f23272ac
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-06.data
SPDXID: SPDXRef-387
FileType: OTHER
FileChecksum: SHA1: f16219d64a58e5624046577a7dd0d008d2dd04d4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-07.canonical
SPDXID: SPDXRef-388
FileType: OTHER
FileChecksum: SHA1: 87397929ebb89b2b6147767b6bdfc5bf200d64c0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-07.data
SPDXID: SPDXRef-389
FileType: OTHER
FileChecksum: SHA1: be20eb22673bd2d527972aa321e7b97431a67021
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-08.canonical
SPDXID: SPDXRef-390
FileType: OTHER
FileChecksum: SHA1: a449bb0ee0df47a4fbf6c34c60bc469b9c1b7ea9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-08.data
SPDXID: SPDXRef-391
FileType: OTHER
FileChecksum: SHA1: c752347ff0455eb806dcfb3b6332d49a10a53af8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-09.canonical
SPDXID: SPDXRef-392
FileType: OTHER
FileChecksum: SHA1: f5af48b64e81edcdfdb584296903876b25c36168
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-09.data
SPDXID: SPDXRef-393
FileType: OTHER
FileChecksum: SHA1: ab3cd0e5f0b784f616400528163afe3310cfe15e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-10.data
SPDXID: SPDXRef-394
FileType: OTHER
FileChecksum: SHA1: fc4c48fe5755e1e9d7cadc3f2057eaf8c153bb27
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-10.error
SPDXID: SPDXRef-395
FileType: OTHER
FileChecksum: SHA1: 97ce3bb6adae819a6e515a0093691aa594eeb392
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-11.canonical
SPDXID: SPDXRef-396
FileType: OTHER
FileChecksum: SHA1: ffbb3fa1d9d0d8ec4d0ba08322b18d7ce694cc57
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-11.data
SPDXID: SPDXRef-397
FileType: OTHER
FileChecksum: SHA1: 53ed02713f7c8bb17002ac1e37cf4b226a3fad90
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-12.data
SPDXID: SPDXRef-398
FileType: OTHER
FileChecksum: SHA1: 68935fea068e7613e3877b607dadd04103da5523
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-12.error
SPDXID: SPDXRef-399
FileType: OTHER
FileChecksum: SHA1: 6f3713ede8cd17a3f41645fd9ad1349b23282b2c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-13.canonical
SPDXID: SPDXRef-400
FileType: OTHER
FileChecksum: SHA1: cbb15013dea7054547867df343e10f0944764cec
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-13.data
SPDXID: SPDXRef-401
FileType: OTHER
FileChecksum: SHA1: 882d616188dc0d6676dbe5aa7e8aea334ed8213c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-14.canonical
SPDXID: SPDXRef-402
FileType: OTHER
FileChecksum: SHA1: b9fdf4c2e4c7c87ccbd7353347ad8efbcaf2e62c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-14.data
SPDXID: SPDXRef-403
FileType: OTHER
FileChecksum: SHA1: a00665d5b82726fb30dffc9bdc9d1e8c150ea593
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-15.data
SPDXID: SPDXRef-404
FileType: OTHER
FileChecksum: SHA1: 994a521ebf625219e6e20d3733f51edd0cd0b1c4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-05-15.error
SPDXID: SPDXRef-405
FileType: OTHER
FileChecksum: SHA1: 43356662cfed53f13dff88289b7baa5e6e615bfc
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-01.canonical
SPDXID: SPDXRef-406
FileType: OTHER
FileChecksum: SHA1: 3c3db472903079b79fc0303f178e914db56bd964
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-01.data
SPDXID: SPDXRef-407
FileType: OTHER
FileChecksum: SHA1: 978f5f806234bd9f3746a568f8e432361057b857
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-02.data
SPDXID: SPDXRef-408
FileType: OTHER
FileChecksum: SHA1: c86644c64a7ff68dd5278909e7bf000ac494c37b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-02.empty
SPDXID: SPDXRef-409
FileType: OTHER
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-03.canonical
SPDXID: SPDXRef-410
FileType: OTHER
FileChecksum: SHA1: 0f80972cab3ee85cfe5a53931245c7ca665e9662
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-03.data
SPDXID: SPDXRef-411
FileType: OTHER
FileChecksum: SHA1: 6883f970177e9044714dd4bd5e0d52f38b1f0b6b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-04.canonical
SPDXID: SPDXRef-412
FileType: OTHER
FileChecksum: SHA1: 0f80972cab3ee85cfe5a53931245c7ca665e9662
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-04.data
SPDXID: SPDXRef-413
FileType: OTHER
FileChecksum: SHA1: 252540cf9f490312c108af9a77b1be0475bfe970
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-05.canonical
SPDXID: SPDXRef-414
FileType: OTHER
FileChecksum: SHA1: ce19afbe38bbaaa653f66793fbef270e6c7d9c40
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-05.data
SPDXID: SPDXRef-415
FileType: OTHER
FileChecksum: SHA1: e643db20ca60d23df0a26176a77709dc6dfc16a5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-06.canonical
SPDXID: SPDXRef-416
FileType: OTHER
FileChecksum: SHA1: a4943f9d1373d1c247c5c0a8c62805d80c9c7ad0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-06.data
SPDXID: SPDXRef-417
FileType: OTHER
FileChecksum: SHA1: f2aea332ecb19bccc8579f2712e65ee511700927
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-07.canonical
SPDXID: SPDXRef-418
FileType: OTHER
FileChecksum: SHA1: 13bcda49d1381f13c34aae766f421811fde8a037
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-07.data
SPDXID: SPDXRef-419
FileType: OTHER
FileChecksum: SHA1: 131325e5fd27da44b509fdbb477eed51b670c9f6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-08.canonical
SPDXID: SPDXRef-420
FileType: OTHER
FileChecksum: SHA1: 48334802f25b91206e41bbd35bf7c2af83606f4f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-06-08.data
SPDXID: SPDXRef-421
FileType: OTHER
FileChecksum: SHA1: b9888c9a7ad3d7bf5534bce3e363d13d6d2b9a55
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-01.canonical
SPDXID: SPDXRef-422
FileType: OTHER
FileChecksum: SHA1: 9b937eaddb94c863439435cd631d7673ba2c2b2d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-01.data
SPDXID: SPDXRef-423
FileType: OTHER
FileChecksum: SHA1: d07cc0b66a62699572e8236575e55fd6d9d80852
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-01.skip-ext
SPDXID: SPDXRef-424
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-02.canonical
SPDXID: SPDXRef-425
FileType: OTHER
FileChecksum: SHA1: 8078133b696f00f2208ed7b77de9d4f868d53f62
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-02.data
SPDXID: SPDXRef-426
FileType: OTHER
FileChecksum: SHA1: a65dcee0e6b367b0e56dac0c00251e947fada8d3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-02.skip-ext
SPDXID: SPDXRef-427
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-03.data
SPDXID: SPDXRef-428
FileType: OTHER
FileChecksum: SHA1: cfe4ce9b47ab584a4d800d40b0e26902944ef781
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-03.error
SPDXID: SPDXRef-429
FileType: OTHER
FileChecksum: SHA1: afa1ce77f29f81b87362fb7d181e95379ec3d8d1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-04.canonical
SPDXID: SPDXRef-430
FileType: OTHER
FileChecksum: SHA1: 8078133b696f00f2208ed7b77de9d4f868d53f62
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-04.data
SPDXID: SPDXRef-431
FileType: OTHER
FileChecksum: SHA1: 21dca94c1bf0e851a94cc670e6ca18e6762da205
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-05.data
SPDXID: SPDXRef-432
FileType: OTHER
FileChecksum: SHA1: 6135e6dae1bfd08b37d33095d57547f4e0737a72
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-05.error
SPDXID: SPDXRef-433
FileType: OTHER
FileChecksum: SHA1: 676d3983fa88d37fc04e03466f0a8683f7d66e0b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-06.canonical
SPDXID: SPDXRef-434
FileType: OTHER
FileChecksum: SHA1: 297406ccd3ad170e97474af87fedb0b307de24e4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-06.data
SPDXID: SPDXRef-435
FileType: OTHER
FileChecksum: SHA1: bdea45900459129f981cd94217b7fb702fc13ac4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-07a.canonical
SPDXID: SPDXRef-436
FileType: OTHER
FileChecksum: SHA1: 97f8a988bf74b82d2d9b6b22ded7194c1b0613d4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-07a.data
SPDXID: SPDXRef-437
FileType: OTHER
FileChecksum: SHA1: 1ef38156e172b7e9cf8b1b05a6cb66a7b398e108
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-07b.canonical
SPDXID: SPDXRef-438
FileType: OTHER
FileChecksum: SHA1: 98210a187000154f23171c65010c85158f735e33
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-07b.data
SPDXID: SPDXRef-439
FileType: OTHER
FileChecksum: SHA1: b74fa260551efcd37175af359460cd07341ae2d0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-08.canonical
SPDXID: SPDXRef-440
FileType: OTHER
FileChecksum: SHA1: e58c774fb56d8da742cd69d27413f6e7325dd8d1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-08.data
SPDXID: SPDXRef-441
FileType: OTHER
FileChecksum: SHA1: d120c33fc1754f76ae376dd74bd0c00750b3d3f6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-09.canonical
SPDXID: SPDXRef-442
FileType: OTHER
FileChecksum: SHA1: 71d88b50d10204294140711eae5941c29b1a739e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-09.data
SPDXID: SPDXRef-443
FileType: OTHER
FileChecksum: SHA1: 92f1c559811b71cae1ab1e5d84c501f86b4b8072
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-10.canonical
SPDXID: SPDXRef-444
FileType: OTHER
FileChecksum: SHA1: 17b4812c8719af21a914cb57937dc77fe14e2775
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-10.data
SPDXID: SPDXRef-445
FileType: OTHER
FileChecksum: SHA1: bcec8790bcdc678333a23c1aa0822225c3731b81
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-11.data
SPDXID: SPDXRef-446
FileType: OTHER
FileChecksum: SHA1: ffa3cc069c9a97bee5e8c8309b36da98d5d7c99a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-11.empty
SPDXID: SPDXRef-447
FileType: OTHER
FileChecksum: SHA1: 2609e118e6ade97a0dfdf764083463f8ebf3dd86
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-12a.canonical
SPDXID: SPDXRef-448
FileType: OTHER
FileChecksum: SHA1: 5aa7df1442115b22b60913404d6d1b5bb04aed32
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-12a.data
SPDXID: SPDXRef-449
FileType: OTHER
FileChecksum: SHA1: 67a22b94abfe0e64528b94d3a9241bbecb0d0715
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-12b.canonical
SPDXID: SPDXRef-450
FileType: OTHER
FileChecksum: SHA1: b4648a0d75663f46baf449802c9402d3412bc3ea
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-12b.data
SPDXID: SPDXRef-451
FileType: OTHER
FileChecksum: SHA1: c089ade1304b74ac0676dccf64f61ca4503baa28
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-13.canonical
SPDXID: SPDXRef-452
FileType: OTHER
FileChecksum: SHA1: 13dea016e9ad60d5a26288937c075c43862e5b0d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-07-13.data
SPDXID: SPDXRef-453
FileType: OTHER
FileChecksum: SHA1: a97039cb24ec118240f768866d1830921ac0b277
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-01.canonical
SPDXID: SPDXRef-454
FileType: OTHER
FileChecksum: SHA1: 182671f6c082d177b250c6b58dd3905d3c959b74
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-01.data
SPDXID: SPDXRef-455
FileType: OTHER
FileChecksum: SHA1: de8435eb9090588d7a72917bb642f13d1de65a8e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-02.canonical
SPDXID: SPDXRef-456
FileType: OTHER
FileChecksum: SHA1: 76a1fd823b5055c226c051f9ecfb6316ac9ac2e7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-02.data
SPDXID: SPDXRef-457
FileType: OTHER
FileChecksum: SHA1: db5a3d5831ace4da4407f6b6b37a195a4cd7db14
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-03.canonical
SPDXID: SPDXRef-458
FileType: OTHER
FileChecksum: SHA1: aa1fda10a070eab5306d7453737e106a0c409582
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-03.data
SPDXID: SPDXRef-459
FileType: OTHER
FileChecksum: SHA1: ec0522a1e06404a20785e5254924cff160f95789
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-04.data
SPDXID: SPDXRef-460
FileType: OTHER
FileChecksum: SHA1: 0a3f0b8442c64ad316fd85cd3039597a37cf5ccb
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-04.error
SPDXID: SPDXRef-461
FileType: OTHER
FileChecksum: SHA1: 8aca095a0371a39745505d55ea0826c266979064
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-05.canonical
SPDXID: SPDXRef-462
FileType: OTHER
FileChecksum: SHA1: 3b13476342ac918769eb57b5cb8c8bd097abef07
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-05.data
SPDXID: SPDXRef-463
FileType: OTHER
FileChecksum: SHA1: d39f9634d7cce1b94a42e3ee7f1fe57d0f188e62
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-06.data
SPDXID: SPDXRef-464
FileType: OTHER
FileChecksum: SHA1: 971f099705bce7c2aa3c1146810c66edacf3e8e8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-06.error
SPDXID: SPDXRef-465
FileType: OTHER
FileChecksum: SHA1: d6175c79c045537f1991cf2c4853b098be22a1dc
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-07.canonical
SPDXID: SPDXRef-466
FileType: OTHER
FileChecksum: SHA1: 47c1b8178591f2778ec526e632be7da593fe8ca2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-07.data
SPDXID: SPDXRef-467
FileType: OTHER
FileChecksum: SHA1: 55476e9704be0849a6e318031e24e01adf1a6863
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-08.canonical
SPDXID: SPDXRef-468
FileType: OTHER
FileChecksum: SHA1: 97aacd0c1a2052e985a1e3d14dea5c407b97b05c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-08.data
SPDXID: SPDXRef-469
FileType: OTHER
FileChecksum: SHA1: 7340ea8067504a2863c65f57c9382b198f97ab6b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-09.canonical
SPDXID: SPDXRef-470
FileType: OTHER
FileChecksum: SHA1: 2364f06bfa7b6f5c0efe0550f81a845f8cccd6f5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-09.data
SPDXID: SPDXRef-471
FileType: OTHER
FileChecksum: SHA1: d21fdf54f6a78601c601fddd90cecaecfec880b5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-10.canonical
SPDXID: SPDXRef-472
FileType: OTHER
FileChecksum: SHA1: 8ff928d053b0eea1c5376d54909b046110873d1c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-10.data
SPDXID: SPDXRef-473
FileType: OTHER
FileChecksum: SHA1: 2bd3c501f59210e0850818758ddd983256641418
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-11.canonical
SPDXID: SPDXRef-474
FileType: OTHER
FileChecksum: SHA1: 76a1fd823b5055c226c051f9ecfb6316ac9ac2e7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-11.data
SPDXID: SPDXRef-475
FileType: OTHER
FileChecksum: SHA1: db5a3d5831ace4da4407f6b6b37a195a4cd7db14
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-12.canonical
SPDXID: SPDXRef-476
FileType: OTHER
FileChecksum: SHA1: 4f350458242e19a1d576434ed30c9fc0f7154913
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-12.data
SPDXID: SPDXRef-477
FileType: OTHER
FileChecksum: SHA1: c808638436a02c2bebfbf0171a20a24edda5f6f5
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-13.canonical
SPDXID: SPDXRef-478
FileType: OTHER
FileChecksum: SHA1: 6961606807a793e50b5864bda840a46ee40e740e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-13.data
SPDXID: SPDXRef-479
FileType: OTHER
FileChecksum: SHA1: 7fcfb25397c9bdfb2b2e3fd2fb687e122b75d176
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-13.skip-ext
SPDXID: SPDXRef-480
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-14.canonical
SPDXID: SPDXRef-481
FileType: OTHER
FileChecksum: SHA1: ff4a32d7ebba1ea6fbd60db5d1fe37a979becf0f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-14.data
SPDXID: SPDXRef-482
FileType: OTHER
FileChecksum: SHA1: 0f18afd42123af9219e089e6f290f5e8957eaeb0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-15.canonical
SPDXID: SPDXRef-483
FileType: OTHER
FileChecksum: SHA1: ce3507ad56535b9191edc885a2ef870c76de936c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-08-15.data
SPDXID: SPDXRef-484
FileType: OTHER
FileChecksum: SHA1: bb9905a2c19e133a55a310f4350f41ddda7f1a89
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-01.canonical
SPDXID: SPDXRef-485
FileType: OTHER
FileChecksum: SHA1: 732550f0cdb0d6d29713cd19457b8ea263069a04
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-01.data
SPDXID: SPDXRef-486
FileType: OTHER
FileChecksum: SHA1: 257d221fba8c6720b6334238c492999ab7f6d3b2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-02.canonical
SPDXID: SPDXRef-487
FileType: OTHER
FileChecksum: SHA1: 78488b7e348dd374ab4bb3b9bf6b8a6e28fa364a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-02.data
SPDXID: SPDXRef-488
FileType: OTHER
FileChecksum: SHA1: e1c1d46c6763346d6019cabb890ab59aca506401
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-03.canonical
SPDXID: SPDXRef-489
FileType: OTHER
FileChecksum: SHA1: 74e1ca3bb1a98cf015a52444f6b35b1eed0dc3ab
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-03.data
SPDXID: SPDXRef-490
FileType: OTHER
FileChecksum: SHA1: 83fb4164e773e8730e504fbea3031e3d7f88b4a7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-04.canonical
SPDXID: SPDXRef-491
FileType: OTHER
FileChecksum: SHA1: aecf3a866ae8b230e0a6cb3f6838597e8c9a6fa0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-04.data
SPDXID: SPDXRef-492
FileType: OTHER
FileChecksum: SHA1: 3fcec1a6819922838f5db1802ba49490d54ee258
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-05.canonical
SPDXID: SPDXRef-493
FileType: OTHER
FileChecksum: SHA1: a242e077a42a1fff1ee66010c2c599ed5c3ab62b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-05.data
SPDXID: SPDXRef-494
FileType: OTHER
FileChecksum: SHA1: df47b2aa3eaf15341c49a1c3eae261b64b75788b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-06.canonical
SPDXID: SPDXRef-495
FileType: OTHER
FileChecksum: SHA1: a7ec9f4f0eee9f4589c1e9049cc8a7ff1a3e549d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-06.data
SPDXID: SPDXRef-496
FileType: OTHER
FileChecksum: SHA1: 9d3e82aec770a48a4b11dcf3876aef82d7b4a731
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-07.canonical
SPDXID: SPDXRef-497
FileType: OTHER
FileChecksum: SHA1: 732550f0cdb0d6d29713cd19457b8ea263069a04
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-07.data
SPDXID: SPDXRef-498
FileType: OTHER
FileChecksum: SHA1: 5a13e80dfda9cd7fb805567ea17972c33c9ea001
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-08.canonical
SPDXID: SPDXRef-499
FileType: OTHER
FileChecksum: SHA1: 09d7d8f0ecf74c9d70203f3eef2c14f1cb55a755
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-08.data
SPDXID: SPDXRef-500
FileType: OTHER
FileChecksum: SHA1: 4a706f91b083dbe02fe001263b68b9d235576f6e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-09.canonical
SPDXID: SPDXRef-501
FileType: OTHER
FileChecksum: SHA1: 74e1ca3bb1a98cf015a52444f6b35b1eed0dc3ab
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-09.data
SPDXID: SPDXRef-502
FileType: OTHER
FileChecksum: SHA1: f0e7b34fd3a780b4702b9c863d8fafb20676e52e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-10.canonical
SPDXID: SPDXRef-503
FileType: OTHER
FileChecksum: SHA1: 43a7a2b0ac990db16e0e48ddc863555e8a3ef390
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-10.data
SPDXID: SPDXRef-504
FileType: OTHER
FileChecksum: SHA1: 6bd97e9c0d4c05fd697bf88eb0b809c708fe4028
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-11.canonical
SPDXID: SPDXRef-505
FileType: OTHER
FileChecksum: SHA1: 6c96b47e2c72e38f80ae6d96be01666d81a8b5e3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-11.data
SPDXID: SPDXRef-506
FileType: OTHER
FileChecksum: SHA1: d04e1522815f1e5179981b6ca1b7c2bab45f4969
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-12.canonical
SPDXID: SPDXRef-507
FileType: OTHER
FileChecksum: SHA1: 97ca4dcc3b38aa56668ec94f342ac05f962aa78f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-12.data
SPDXID: SPDXRef-508
FileType: OTHER
FileChecksum: SHA1: 6905daf77aa72f63ba2af64925ac956b1b0cf61f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-13.canonical
SPDXID: SPDXRef-509
FileType: OTHER
FileChecksum: SHA1: 732550f0cdb0d6d29713cd19457b8ea263069a04
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-13.data
SPDXID: SPDXRef-510
FileType: OTHER
FileChecksum: SHA1: ebd60d2721ca6e94f1e26b62492cc71b4c20ed34
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-14.data
SPDXID: SPDXRef-511
FileType: OTHER
FileChecksum: SHA1: 8ada94d1a54019e33770cbb005dc05e2bda67060
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-14.error
SPDXID: SPDXRef-512
FileType: OTHER
FileChecksum: SHA1: 81ce5b447e8619d2210ad3d122be190142efb0b3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-15.canonical
SPDXID: SPDXRef-513
FileType: OTHER
FileChecksum: SHA1: 8d41653a0caffdf33eee075c7b178f830b1a56bd
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-15.data
SPDXID: SPDXRef-514
FileType: OTHER
FileChecksum: SHA1: d46c42b87866d48d3fca565a3f232b907eb1d8d8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-16.canonical
SPDXID: SPDXRef-515
FileType: OTHER
FileChecksum: SHA1: 09d7d8f0ecf74c9d70203f3eef2c14f1cb55a755
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-16.data
SPDXID: SPDXRef-516
FileType: OTHER
FileChecksum: SHA1: 42f537c5b29bd8eef0047ed617ac66bf8ca005b7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-17.canonical
SPDXID: SPDXRef-517
FileType: OTHER
FileChecksum: SHA1: 62e82b01028b61730de167455ed724dfbd2da38a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-17.data
SPDXID: SPDXRef-518
FileType: OTHER
FileChecksum: SHA1: 3b1e2c1c6d422fba21b79db30ca6af2e73dc8ca1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-18.canonical
SPDXID: SPDXRef-519
FileType: OTHER
FileChecksum: SHA1: 7de9306770f2505f780aa829d4df7f3fb9b3542a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-18.data
SPDXID: SPDXRef-520
FileType: OTHER
FileChecksum: SHA1: 90d274bb7e1367549afdf3ad36d57c9c09695da1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-19.canonical
SPDXID: SPDXRef-521
FileType: OTHER
FileChecksum: SHA1: 98fec66fcbea14537134197b8d134a37a152f8bf
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-19.data
SPDXID: SPDXRef-522
FileType: OTHER
FileChecksum: SHA1: 8b4a01db3760edf4495124fdae82fe8d5be8834e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-20.canonical
SPDXID: SPDXRef-523
FileType: OTHER
FileChecksum: SHA1: 496b65e687b8a3ef2dcaf489b1355751c111ef56
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-20.data
SPDXID: SPDXRef-524
FileType: OTHER
FileChecksum: SHA1: 3bbb8fa4c4d26436ba7c750b89e5e9459ca4bbd1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-20.skip-ext
SPDXID: SPDXRef-525
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-21.data
SPDXID: SPDXRef-526
FileType: OTHER
FileChecksum: SHA1: 240287abc66486748fd9bbf0449584a6b0b90546
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-21.error
SPDXID: SPDXRef-527
FileType: OTHER
FileChecksum: SHA1: 9696cb016d9f10703e4f2fa54754f0e497b3452e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-22.canonical
SPDXID: SPDXRef-528
FileType: OTHER
FileChecksum: SHA1: 98f3c8c702888b031b6c0c9529b455d5f48f70c3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-22.data
SPDXID: SPDXRef-529
FileType: OTHER
FileChecksum: SHA1: 2b97809cac224342b221d8d054028c017772612c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-23.canonical
SPDXID: SPDXRef-530
FileType: OTHER
FileChecksum: SHA1: 14a1d3b4969b47e5063295c3bed0a89f5ca69420
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-23.data
SPDXID: SPDXRef-531
FileType: OTHER
FileChecksum: SHA1: b5a06b53dea3c0301b53d500ac6c6778e1a543fa
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-24.canonical
SPDXID: SPDXRef-532
FileType: OTHER
FileChecksum: SHA1: a554a4a508b56740e43814656ee36212f1c53277
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-24.data
SPDXID: SPDXRef-533
FileType: OTHER
FileChecksum: SHA1: 02a4fc72ab08bf6e9c9bc6b4229979462762c405
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-25.canonical
SPDXID: SPDXRef-534
FileType: OTHER
FileChecksum: SHA1: 2ec968b4a3013e4fc1fcc8f959c87e67069f6244
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-25.data
SPDXID: SPDXRef-535
FileType: OTHER
FileChecksum: SHA1: d545057587029b5dd3907d295d4c5cc0c73b574d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-26.canonical
SPDXID: SPDXRef-536
FileType: OTHER
FileChecksum: SHA1: 92893e0b480dc8d434d941141f992d92009c1996
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-26.data
SPDXID: SPDXRef-537
FileType: OTHER
FileChecksum: SHA1: f60b6aceb792b8b4311d456141c69e55b19e1bce
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-27.canonical
SPDXID: SPDXRef-538
FileType: OTHER
FileChecksum: SHA1: 92893e0b480dc8d434d941141f992d92009c1996
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-27.data
SPDXID: SPDXRef-539
FileType: OTHER
FileChecksum: SHA1: f60b6aceb792b8b4311d456141c69e55b19e1bce
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-28.canonical
SPDXID: SPDXRef-540
FileType: OTHER
FileChecksum: SHA1: 92893e0b480dc8d434d941141f992d92009c1996
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-28.data
SPDXID: SPDXRef-541
FileType: OTHER
FileChecksum: SHA1: f60b6aceb792b8b4311d456141c69e55b19e1bce
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-29.canonical
SPDXID: SPDXRef-542
FileType: OTHER
FileChecksum: SHA1: 2abd887c808ffa5b1e5af1e78eefb7738e39f774
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-29.data
SPDXID: SPDXRef-543
FileType: OTHER
FileChecksum: SHA1: ae5420bfa063a5997c8ea7d03d0f2c3f2257a6e6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-30.canonical
SPDXID: SPDXRef-544
FileType: OTHER
FileChecksum: SHA1: d3656025178d76d7b36ba3d17e0d20d615ce1bb9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-30.data
SPDXID: SPDXRef-545
FileType: OTHER
FileChecksum: SHA1: bc808f631467cfe7b3455233c3ffd569ad4bdb9d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-31.canonical
SPDXID: SPDXRef-546
FileType: OTHER
FileChecksum: SHA1: d3656025178d76d7b36ba3d17e0d20d615ce1bb9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-31.data
SPDXID: SPDXRef-547
FileType: OTHER
FileChecksum: SHA1: bc808f631467cfe7b3455233c3ffd569ad4bdb9d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-32.canonical
SPDXID: SPDXRef-548
FileType: OTHER
FileChecksum: SHA1: d3656025178d76d7b36ba3d17e0d20d615ce1bb9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-32.data
SPDXID: SPDXRef-549
FileType: OTHER
FileChecksum: SHA1: bc808f631467cfe7b3455233c3ffd569ad4bdb9d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-33.canonical
SPDXID: SPDXRef-550
FileType: OTHER
FileChecksum: SHA1: d3656025178d76d7b36ba3d17e0d20d615ce1bb9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-09-33.data
SPDXID: SPDXRef-551
FileType: OTHER
FileChecksum: SHA1: bc808f631467cfe7b3455233c3ffd569ad4bdb9d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-01.canonical
SPDXID: SPDXRef-552
FileType: OTHER
FileChecksum: SHA1: 4f649deaa6152f7af36219964b31f73c6d12dc7c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-01.data
SPDXID: SPDXRef-553
FileType: OTHER
FileChecksum: SHA1: 4325e68bf63c5222f56eedffe95a311a69a1afc2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-02.canonical
SPDXID: SPDXRef-554
FileType: OTHER
FileChecksum: SHA1: 32e8a9b128d0cd0417dc0d68c02f65f41058d71f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-02.data
SPDXID: SPDXRef-555
FileType: OTHER
FileChecksum: SHA1: 995cd48519883336f819ca1e4ac34426f4a09b69
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-03.canonical
SPDXID: SPDXRef-556
FileType: OTHER
FileChecksum: SHA1: 67deff2a1ea2d833fd3dbfdf6af11b54073dfe26
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-03.data
SPDXID: SPDXRef-557
FileType: OTHER
FileChecksum: SHA1: 36b5adbaf76ad9703d5f3973708caa1b7be903e4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-04.canonical
SPDXID: SPDXRef-558
FileType: OTHER
FileChecksum: SHA1: ad8e76f0f5c99ec864aaa7c06cba66b52e89c9e4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-04.data
SPDXID: SPDXRef-559
FileType: OTHER
FileChecksum: SHA1: 817d96f07ac99458fb58a07118812bd4fa8205b7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-05.canonical
SPDXID: SPDXRef-560
FileType: OTHER
FileChecksum: SHA1: 01a64a1fbbbf4625dcae1579b8e5292ad575fda9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-05.data
SPDXID: SPDXRef-561
FileType: OTHER
FileChecksum: SHA1: 9c44c1aa97c408e1ef49291d379ce51da09167c0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-06.canonical
SPDXID: SPDXRef-562
FileType: OTHER
FileChecksum: SHA1: 53ef9b75785052aec61f2210e0d18a984be66494
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-06.data
SPDXID: SPDXRef-563
FileType: OTHER
FileChecksum: SHA1: 5768a0287bd42ae706f7fa38fb774a79fdc17dcd
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-07.canonical
SPDXID: SPDXRef-564
FileType: OTHER
FileChecksum: SHA1: 78a3e3ad6cfb76ce1d235d6203ae34f9b954832b
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-07.data
SPDXID: SPDXRef-565
FileType: OTHER
FileChecksum: SHA1: 2299845b4029cd164c38bc0372b946cc2d064314
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-08.data
SPDXID: SPDXRef-566
FileType: OTHER
FileChecksum: SHA1: c3e40c0974f43360dc7b189f1023a6dbfc0b6168
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-08.error
SPDXID: SPDXRef-567
FileType: OTHER
FileChecksum: SHA1: 9d2fcf7fee3ba8cf3a8a49d2c3e8b5e98cb5cf8f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-09.canonical
SPDXID: SPDXRef-568
FileType: OTHER
FileChecksum: SHA1: 7d78bde8774e55171d8462f9bb64ffa7de12708e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-09.data
SPDXID: SPDXRef-569
FileType: OTHER
FileChecksum: SHA1: 8099720c6b9bb47c67f5eef7964d26fee6c5253d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-10.canonical
SPDXID: SPDXRef-570
FileType: OTHER
FileChecksum: SHA1: 4c45f4190264a0398e4d9220e9b4c6e69bf1471e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-10.data
SPDXID: SPDXRef-571
FileType: OTHER
FileChecksum: SHA1: 59b658cdf8beb8b6aabd45c75506db5077b931f1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-11.canonical
SPDXID: SPDXRef-572
FileType: OTHER
FileChecksum: SHA1: 0853a2945fea7df128f99314fcce8f2db4cdfa56
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-11.data
SPDXID: SPDXRef-573
FileType: OTHER
FileChecksum: SHA1: d80293ca47fb9d9ea87baeae6849b038d0e4ceff
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-12.canonical
SPDXID: SPDXRef-574
FileType: OTHER
FileChecksum: SHA1: dfeab11454199a9051e202083700e3b7b045eb45
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-12.data
SPDXID: SPDXRef-575
FileType: OTHER
FileChecksum: SHA1: dc2d16a1186b627ac984e7667027151e3d14f6cb
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-13.canonical
SPDXID: SPDXRef-576
FileType: OTHER
FileChecksum: SHA1: 373ba89e389b6d752442c7d928e7d227d15413dd
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-13.data
SPDXID: SPDXRef-577
FileType: OTHER
FileChecksum: SHA1: 4c0d3ac262dbe8ff0658adb2f515781aed171e4a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-14.canonical
SPDXID: SPDXRef-578
FileType: OTHER
FileChecksum: SHA1: 75143044060b77aa068a553a64ebf6d1aa09cb63
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-14.data
SPDXID: SPDXRef-579
FileType: OTHER
FileChecksum: SHA1: afb50075c17645c846c27740c93a773ef087f496
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-15.canonical
SPDXID: SPDXRef-580
FileType: OTHER
FileChecksum: SHA1: 36d288036134789d7c38ee3e15863f2ed6b4ea08
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/spec-10-15.data
SPDXID: SPDXRef-581
FileType: OTHER
FileChecksum: SHA1: 6cb8879e3861201db27ac5a395d46d502c3512dc
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/str.data
SPDXID: SPDXRef-582
FileType: OTHER
FileChecksum: SHA1: 40b6818a85abd92992a008c3758f2c663c97781c
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/str.detect
SPDXID: SPDXRef-583
FileType: OTHER
FileChecksum: SHA1: 5a1b1faea0908bfa17cacc13668760387e708023
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/tags.events
SPDXID: SPDXRef-584
FileType: OTHER
FileChecksum: SHA1: 15f3876048ccf52647decbe38fe6f668838a303f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/test_mark.marks
SPDXID: SPDXRef-585
FileType: OTHER
FileChecksum: SHA1: ebe5b256fadf75ab4b4503c19b980b4f6caf110d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/timestamp-bugs.code
SPDXID: SPDXRef-586
FileType: OTHER
FileChecksum: SHA1: 9f737dc7b012c7e542f57704ec33d7717540126d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/timestamp-bugs.data
SPDXID: SPDXRef-587
FileType: OTHER
FileChecksum: SHA1: 99bba2b051eedba58cdc5c776bd661510f1a3b14
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/timestamp.data
SPDXID: SPDXRef-588
FileType: OTHER
FileChecksum: SHA1: 917c9d9b67d260ffc853b1b15ead3b3bd52c37f1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/timestamp.detect
SPDXID: SPDXRef-589
FileType: OTHER
FileChecksum: SHA1: 969c77ab69d12aa054b447839415935e579cac95
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/unacceptable-key.loader-error
SPDXID: SPDXRef-590
FileType: OTHER
FileChecksum: SHA1: ab964f958aba447fc03c9700c0967a780327ac87
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/unclosed-bracket.loader-error
SPDXID: SPDXRef-591
FileType: OTHER
FileChecksum: SHA1: 526a708a5df3687f87bcef5e4ad59be1f894010f
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/unclosed-quoted-scalar.loader-error
SPDXID: SPDXRef-592
FileType: OTHER
FileChecksum: SHA1: afa27908887d1df96458b9ca7189c048c73bd34a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/undefined-anchor.loader-error
SPDXID: SPDXRef-593
FileType: OTHER
FileChecksum: SHA1: ca1fc83ecf6dc0e2f86ebc073e73f4484fb30bd6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/undefined-constructor.loader-error
SPDXID: SPDXRef-594
FileType: OTHER
FileChecksum: SHA1: 8c43c8b9100967dfcc5062567d6cd9bec603cba6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/undefined-tag-handle.loader-error
SPDXID: SPDXRef-595
FileType: OTHER
FileChecksum: SHA1: fabca2567d9b95a436f02027ffb1a27cb3cc7d77
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/unknown.dumper-error
SPDXID: SPDXRef-596
FileType: OTHER
FileChecksum: SHA1: 8106a6276a2d6cdf0d06f3ed6ef3d5e02d392567
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/unsupported-version.emitter-error
SPDXID: SPDXRef-597
FileType: OTHER
FileChecksum: SHA1: 69bcffba11dbbce5d3654b46636e3378ed40070e
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/utf16be.code
SPDXID: SPDXRef-598
FileType: OTHER
FileChecksum: SHA1: 00a911654500f1efa5fd66cde2307ac93676cb28
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/utf16be.data
SPDXID: SPDXRef-599
FileType: OTHER
FileChecksum: SHA1: 09085de5b2b7c94198272a2f795beb2d6191f686
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/utf16le.code
SPDXID: SPDXRef-600
FileType: OTHER
FileChecksum: SHA1: 514d68255b646047a9c6a21d151e5edb432b1a68
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/utf16le.data
SPDXID: SPDXRef-601
FileType: OTHER
FileChecksum: SHA1: ae2bcb498522cd69f536b17bdd5fd188caba7415
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/utf8-implicit.code
SPDXID: SPDXRef-602
FileType: OTHER
FileChecksum: SHA1: 80de8868b547acc04cd585165e377a0eff61988a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/utf8-implicit.data
SPDXID: SPDXRef-603
FileType: OTHER
FileChecksum: SHA1: 7acd1aca11ccfc4d28e76c1fcc9f05ffedc9d532
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/utf8.code
SPDXID: SPDXRef-604
FileType: OTHER
FileChecksum: SHA1: 2d2c6e17f5680a118e23b6410a39a4ffc99ef30a
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/utf8.data
SPDXID: SPDXRef-605
FileType: OTHER
FileChecksum: SHA1: 0a77cc275ee924d42a94f3de4182f6c1f3870bec
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/value.data
SPDXID: SPDXRef-606
FileType: OTHER
FileChecksum: SHA1: 189cfaa8bc61a1a058e0e4034dea4653a55b02f9
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/value.detect
SPDXID: SPDXRef-607
FileType: OTHER
FileChecksum: SHA1: 3a5184f932fde211239cebb9a5ed716bfe7fa929
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/yaml.data
SPDXID: SPDXRef-608
FileType: OTHER
FileChecksum: SHA1: 4fd480396507f0286158602c59d4f9a3fe6e30db
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/yaml.detect
SPDXID: SPDXRef-609
FileType: OTHER
FileChecksum: SHA1: 56f75229f64855b2fd0fdac72a72715924201664
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/yaml11.schema
SPDXID: SPDXRef-610
FileType: OTHER
FileChecksum: SHA1: df5b19be2b88129f9b456324487d0945c79bd7c1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/data/yaml11.schema-skip
SPDXID: SPDXRef-611
FileType: OTHER
FileChecksum: SHA1: 42af166421503cb189ce77bc36f4e1b3faa824a7
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/canonical.py
SPDXID: SPDXRef-612
FileType: SOURCE
FileChecksum: SHA1: 875d5aa21f31cc534c7971c41d23f3e995f8f5b8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_all.py
SPDXID: SPDXRef-613
FileType: SOURCE
FileChecksum: SHA1: e7055362cd45bb80dbe7f2eb5bc9adf4ac984ca3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_appliance.py
SPDXID: SPDXRef-614
FileType: SOURCE
FileChecksum: SHA1: dc60ceee6243addefa49afabdefd1b107b3d7028
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_build.py
SPDXID: SPDXRef-615
FileType: SOURCE
FileChecksum: SHA1: b6bfa6e3be9ede4a9e46b33aace4260c2862c4c6
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_build_ext.py
SPDXID: SPDXRef-616
FileType: SOURCE
FileChecksum: SHA1: 017921116be36d16ae3d5c3620f8af197db38deb
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_canonical.py
SPDXID: SPDXRef-617
FileType: SOURCE
FileChecksum: SHA1: 6aa4f05feed4429233b29cd61d00f7eb8d4751dd
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_constructor.py
SPDXID: SPDXRef-618
FileType: SOURCE
FileChecksum: SHA1: f1158b8eef4b1c83af7b2e5943c00628e8c183fe
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_dump_load.py
SPDXID: SPDXRef-619
FileType: SOURCE
FileChecksum: SHA1: 4d8e573e7c415ecfd15f9783c7bf59e3c3640006
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_emitter.py
SPDXID: SPDXRef-620
FileType: SOURCE
FileChecksum: SHA1: 8ce413044a229c2c7a4e6f55a2436dfd68485dab
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_errors.py
SPDXID: SPDXRef-621
FileType: SOURCE
FileChecksum: SHA1: e8cc6a33b3bff1d7a37368580654c925abcc4416
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_input_output.py
SPDXID: SPDXRef-622
FileType: SOURCE
FileChecksum: SHA1: f5ef7de97f6f4ec9e908157a9cd3f3e887f0076d
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_mark.py
SPDXID: SPDXRef-623
FileType: SOURCE
FileChecksum: SHA1: e25a2cd314fa178436277822e70797ee805ae1f3
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_multi_constructor.py
SPDXID: SPDXRef-624
FileType: SOURCE
FileChecksum: SHA1: 067a216015a549fc07d1aff3f2719d20b55805e4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_reader.py
SPDXID: SPDXRef-625
FileType: SOURCE
FileChecksum: SHA1: 2d480c1b2bfe104d4b9f5d598d6f1cf41baa26f1
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_recursive.py
SPDXID: SPDXRef-626
FileType: SOURCE
FileChecksum: SHA1: c282500321c2bc526aaf3c0365804241e57a2dec
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_representer.py
SPDXID: SPDXRef-627
FileType: SOURCE
FileChecksum: SHA1: 27fdde74dd92a3e2284a2ba797d9421b18644b43
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_resolver.py
SPDXID: SPDXRef-628
FileType: SOURCE
FileChecksum: SHA1: af5eeb967a556d7c882531abb7e630a3a5d5a964
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_schema.py
SPDXID: SPDXRef-629
FileType: SOURCE
FileChecksum: SHA1: f42c26aa412d369405b06f93c0dd64f07f4c72e0
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_sort_keys.py
SPDXID: SPDXRef-630
FileType: SOURCE
FileChecksum: SHA1: a83cc53d00e1373d89a0ab31e1555e02cd6c35b8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_structure.py
SPDXID: SPDXRef-631
FileType: SOURCE
FileChecksum: SHA1: 5b1d22b9e44b82498d7e34996c1a5f8bc1e77731
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_tokens.py
SPDXID: SPDXRef-632
FileType: SOURCE
FileChecksum: SHA1: a6731759afc9b83c6d4514b9802a020978b224b4
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_yaml.py
SPDXID: SPDXRef-633
FileType: SOURCE
FileChecksum: SHA1: d3067ef6f8879ba74162bdfc68f24447bb3ed2f8
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./tests/lib/test_yaml_ext.py
SPDXID: SPDXRef-634
FileType: SOURCE
FileChecksum: SHA1: e11695cfd7b26ca1a1b8e831f7e088d0f8aa4184
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./yaml/__init__.pxd
SPDXID: SPDXRef-638
FileType: OTHER
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./yaml/_yaml.h
SPDXID: SPDXRef-635
FileType: SOURCE
FileChecksum: SHA1: 16a720a18505f462341851f6ee89f47137b95341
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./yaml/_yaml.pxd
SPDXID: SPDXRef-636
FileType: OTHER
FileChecksum: SHA1: 8091494237c0274cd419169693adc129fc417b47
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>

FileName: ./yaml/_yaml.pyx
SPDXID: SPDXRef-637
FileType: OTHER
FileChecksum: SHA1: 7441fc7329b1d406f43d466f0969fdfa6d27cfd2
LicenseConcluded: MIT
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text>NOASSERTION</text>
FileNotice: <text>NOASSERTION</text>


