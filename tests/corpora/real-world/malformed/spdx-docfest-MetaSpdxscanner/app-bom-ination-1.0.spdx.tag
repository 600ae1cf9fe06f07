b'SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0

##-------------------------
## Document Information
##-------------------------

SPDXID: SPDXRef-DOCUMENT
DocumentName: app-bom-ination-1.0
DocumentNamespace: http://0880a7c1cacd/repo/SPDX2TV_app-bom-ination-1.0-r0-patched.tar.gz_1643158969.spdx

##-------------------------
## Creation Information
##-------------------------

Creator: Tool: fossology-python.bbclass in meta-spdxscanner
Creator: Person: fossy (y)
CreatorComment: <text>
This document was created using license information and a generator from Fossology.
</text>
Created: 2022-01-26T01:02:49Z
LicenseListVersion: 2.6

##-------------------------
## Package Information
##-------------------------


PackageName: app-bom-ination
PackageVersion: 1.0
PackageFileName: app-bom-ination-1.0-r0-patched.tar.gz
SPDXID: SPDXRef-upload10
PackageDownloadLocation: https://github.com/act-project/App-BOM-ination/archive/refs/tags/1.0.tar.gz
PackageHomePage: https://nlnetlabs.nl/ldns
PackageSummary: <text>LDNS is a DNS library that facilitates DNS tool programming</text>
PackageVerificationCode: da39a3ee5e6b4b0d3255bfef95601890afd80709
PackageDescription: <text>app-bom-ination version 1.0</text>
PackageComment: <text>
ModificationRecord: false
PackageLicenseInfoInLicenseFile: LICENSE: Apache-2.0
PackageLicenseInfoInLicenseFile: README.md: NOASSERTION
</text>
PackageChecksum: SHA1: c53751e0186265f16fef4129bd876139d71c739b
PackageChecksum: SHA256: 7415ea5d56c352029c145c9d0750eb933825eed790f03f82d30638e2d6fd46ee
PackageChecksum: MD5: 0ea376fae5cf0a8d6ff95fb5d68bb3c2
PackageLicenseConcluded: NOASSERTION
PackageLicenseDeclared: NOASSERTION
PackageLicenseComments: <text> licenseInfoInFile determined by Scanners:
 - nomos ("3.10.0.49-rc1".45e186)
 - monk ("3.10.0.49-rc1".45e186)
 - ojo ("3.10.0.49-rc1".45e186) </text>
PackageLicenseInfoFromFiles: NOASSERTION
PackageCopyrightText: NOASSERTION

Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-upload10

##--------------------------
## File Information
##--------------------------

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/logo.png
SPDXID: SPDXRef-item6738
FileChecksum: SHA1: 340e8b696bc50d76cf50df943dbaf46591da9ef4
FileChecksum: SHA256: 0554d6c4835c7ce24c8274bea0adecbe2af941644a45cbf5019f1a713d0e964a
FileChecksum: MD5: 05e8e408aa39231c2f69106736b5d1ec
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/settings.gradle
SPDXID: SPDXRef-item6739
FileChecksum: SHA1: 1458a5c5fb1189d2cc8212052975f39ae710d622
FileChecksum: SHA256: ef9b1085d2806c4f48fdc690c52ce3f2e24e483f955f316390ec12abb3132adb
FileChecksum: MD5: 43bd5c231ccd5de63d18caaebbf631b2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradlew
SPDXID: SPDXRef-item6740
FileChecksum: SHA1: b86a8c3bab5a3ed0441b3fe3b1f6b31ec1ead901
FileChecksum: SHA256: a6a4e251982a425740c10af6b1bcba5589ea6c1c5518baf3bdedeaa59abcab51
FileChecksum: MD5: a615988409a95a6aeb666b6db62888f1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.properties
SPDXID: SPDXRef-item6743
FileChecksum: SHA1: 67174de726d5caae455cd22e9c4450e9c490ac6b
FileChecksum: SHA256: 6dfc951bfce2944948461d263fb522111cf1a95c45e275c1bb090739ddd45f77
FileChecksum: MD5: af3cbd362b8f19b5465ce411d6db28dc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/gradle-cli-classpath.properties
SPDXID: SPDXRef-item6747
FileChecksum: SHA1: 1b1511e5d5e12f6921853e643e63dea4f6fa4983
FileChecksum: SHA256: 4bca904255d39c403ea283fe76f3e99565fc92d0330df5a3802e597a6ab3d758
FileChecksum: MD5: 51ffa54a1ac93e984aa084a72bddf724
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/META-INF/MANIFEST.MF
SPDXID: SPDXRef-item6749
FileChecksum: SHA1: 27e3b608c11f15cec52726b5cdc0e94256caa061
FileChecksum: SHA256: 1665fe38ff84888f98f35320dc1f0fd9e400efc299b048fc158768176a1c4848
FileChecksum: MD5: 3e630f57c1bef326ea2b8274e6ea7bfd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/gradle-wrapper-classpath.properties
SPDXID: SPDXRef-item6750
FileChecksum: SHA1: 6350803fd87a3768a7306f89e5da31129c6f3485
FileChecksum: SHA256: 652c16e4a7a2a910a97ba01dd86bf13b00e88325919c4f2f007b1f849ab5f3b6
FileChecksum: MD5: 70b375d6ce24a519fffd7120abf2c90f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/build-receipt.properties
SPDXID: SPDXRef-item6751
FileChecksum: SHA1: 959d4bd0e0174c5a05e1879cfddc3fb5f674e529
FileChecksum: SHA256: f57037c0099499ad0ef9972f9491c6bc5e3bfec0edc0c50231c31d28bb91068b
FileChecksum: MD5: 7677fb965553ab6cabfe0f3b8ade8163
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/Logger.class
SPDXID: SPDXRef-item6755
FileChecksum: SHA1: 613e2b8c3aeae63edcfa13354daf49e96241b9c5
FileChecksum: SHA256: 96fe4189ddd43070ce8865625c0b1ffbdde965a4b9b496964e4eefbc4e8dacd3
FileChecksum: MD5: d7b3e25514ed1cc997913bb3914319fd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/Download.class
SPDXID: SPDXRef-item6756
FileChecksum: SHA1: b4f4b698c8368a4e75857cb3a0e9fbb447f6b3b0
FileChecksum: SHA256: ac44f557ca2fc89ff5a9cc5d1e10cd27c88debd1df14ba7575e08cdfc93e7f9c
FileChecksum: MD5: 871da94e6d12ed23e41ce811ee3b79fc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/SystemPropertiesHandler.class
SPDXID: SPDXRef-item6757
FileChecksum: SHA1: 81e38db711a80cd28abfaf9598726d0c91ca3697
FileChecksum: SHA256: ad0bfddd3af5e2700f3cf0fc71b4d65522bc0f3b059fcfb05028a1615e4c3933
FileChecksum: MD5: c4bdb7c174bc7aa39c1cf499a80f1efe
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/Download$SystemPropertiesProxyAuthenticator.class
SPDXID: SPDXRef-item6758
FileChecksum: SHA1: b37ea9001444a51fdfd0bfd49144b72f15fa32a5
FileChecksum: SHA256: 1b2f1e3bd257be559090f4d723915d6de39f2b67c1cc2855570587c31f85dd32
FileChecksum: MD5: 283d0a76401ab5fbfddc42d7d8371d06
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/BootstrapMainStarter.class
SPDXID: SPDXRef-item6759
FileChecksum: SHA1: c481ee57f6cb601aaeb84ff0f24af4e0e7aa8f01
FileChecksum: SHA256: d9294ec59cc9dfb21c5d916540d065bdf651095378755d184f6664722173810c
FileChecksum: MD5: 07ad0ee425675483b4e1a5cccffef407
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/Install$1.class
SPDXID: SPDXRef-item6760
FileChecksum: SHA1: cd6de5bb256b8e693e225c17bc329a888b7f6937
FileChecksum: SHA256: ea25e70c0bef79b428188f92fb951819775058cfe72ead73dd3ff3d6a6251084
FileChecksum: MD5: 8fc810d8f4a492545655fc3a40100578
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/GradleUserHomeLookup.class
SPDXID: SPDXRef-item6761
FileChecksum: SHA1: 77f2b6967b6de72e61510d2bc5fb3ccdabc42685
FileChecksum: SHA256: c1cc29db976470904645d7c2b00afe7e63c18006632ceca753b7d3f2e02dc154
FileChecksum: MD5: 418e62dea975253f493b6a5f06e7e63a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/PathAssembler$LocalDistribution.class
SPDXID: SPDXRef-item6762
FileChecksum: SHA1: d6249a35c3303dbafa481ce53bcd2b650ef8387c
FileChecksum: SHA256: d0f6c31a5f50a1e3fda5a3c594010864353ed4c76aa2524b1711e0847caff66b
FileChecksum: MD5: 0c18e40454b1b2be625d507548f9dceb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/GradleWrapperMain.class
SPDXID: SPDXRef-item6763
FileChecksum: SHA1: 626704668b02ac5ce3f9f901f298d4bf6443702f
FileChecksum: SHA256: 41e787aa516971de693448d43df19c4536fdeeff1d62ee53823cff15d8e968d1
FileChecksum: MD5: 8be20dc08006ac3a967da10fc66fe5dc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/WrapperConfiguration.class
SPDXID: SPDXRef-item6764
FileChecksum: SHA1: 5b0bbfc4b12c1c47c81f6b182bee07dbcb675823
FileChecksum: SHA256: b7dd0ca018663692e470f5b39ac249bf7c2bc16d18049a8d98a1054e687b8e8c
FileChecksum: MD5: ab458b547b2963d228371866abaab6d9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/WrapperExecutor.class
SPDXID: SPDXRef-item6765
FileChecksum: SHA1: 288f1ca7305a43b8c0170752f0f563229972bd39
FileChecksum: SHA256: f190f21a1fb87de6c6042f394a6a3c0cdac103c31e99b96258e21bae3c05346c
FileChecksum: MD5: 142a4b85797bb529668c9563717acc99
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/PathAssembler.class
SPDXID: SPDXRef-item6766
FileChecksum: SHA1: 9bf48c93701b9dcdea23c5028a9b51ae99acd053
FileChecksum: SHA256: 4629e9c1617956d0e3c50cb53a10525923469a4e60830af6d61ac283f63be7f4
FileChecksum: MD5: ba1eb93f26868ad40c19aa600ccaae57
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/IDownload.class
SPDXID: SPDXRef-item6767
FileChecksum: SHA1: beb27a5db4065c93a925e942e60f0c3903dcbf59
FileChecksum: SHA256: a461aa98c350da2f64c0d6b0ed6b11c3f1f4ff9c6419a15c07abfa353ea26563
FileChecksum: MD5: 7a5b51417465c2208a5667e91fe38332
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/ExclusiveFileAccessManager.class
SPDXID: SPDXRef-item6768
FileChecksum: SHA1: 7a38c537718e41ee6ad9bd7c30b88c3d633b1e32
FileChecksum: SHA256: 906c5c68435d1cc7a3a3e665d7b16116155e9a75f03365febde452051c1719eb
FileChecksum: MD5: 1c9104324911f1f3d019a25d2b2b62dc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/Install.class
SPDXID: SPDXRef-item6769
FileChecksum: SHA1: 23dd1221fd308edfb9f552162ce99fef42fd0eb3
FileChecksum: SHA256: db012648bd6defd3f743ca1b8ecbf60c951d43553ea1f3b371a4f951410246dc
FileChecksum: MD5: 6a6d58fad36b43f2d61649f71ebd7dd3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/wrapper/Download$1.class
SPDXID: SPDXRef-item6770
FileChecksum: SHA1: 66e87e18f8a4332bac4aafcf8077665606cb5be7
FileChecksum: SHA256: 5fda36f83fd04e2232e382637a3fe4113ed4b3aa1742b916592faa14106b5f4b
FileChecksum: MD5: 670abb47ea81caf7fd180f2f517e57cb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$AfterOptions.class
SPDXID: SPDXRef-item6772
FileChecksum: SHA1: 080b3888540c64e44394cf27529dd0f5b811760b
FileChecksum: SHA256: 585a8246799ef34ca37df6109dadc5010107cf5d58c03f15c802e65f2033a73c
FileChecksum: MD5: 9ecadf0e1bc273e2a1c6db42f7d3b6b5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineArgumentException.class
SPDXID: SPDXRef-item6773
FileChecksum: SHA1: 4aa73df8d7f5438c685a327ec6ee301420585692
FileChecksum: SHA256: 46ee4f2fb49d6261a57d0f9232f1d0dbb8aa17c04a292e14fbcadb5369e9f3bc
FileChecksum: MD5: 7a3b85d572632461640b700b4c5ea182
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineOption.class
SPDXID: SPDXRef-item6774
FileChecksum: SHA1: 9a0538d17d2e1dfa34fd547336d3a926f8ffd4c5
FileChecksum: SHA256: a8e26ffebc89d7cbf264c0133742bb665860a0eae7cfc7b9a321251708979b7c
FileChecksum: MD5: dd92c937fa7c822a386aff8173b3b6a5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$KnownOptionParserState.class
SPDXID: SPDXRef-item6775
FileChecksum: SHA1: 132dd8756e09ef192741c5d929a4f7ab66044677
FileChecksum: SHA256: 3cef54fb0c97d156085323357b4c45a935b903427d013ac9e08837f045cb303e
FileChecksum: MD5: bf34eea4124f00a2c8b2aca87bf656d9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$MissingOptionArgState.class
SPDXID: SPDXRef-item6776
FileChecksum: SHA1: 7177723b50e4e335281efa09ff8dcbafd52c528d
FileChecksum: SHA256: 2a5720c409daf72820ea43c22a3a41d4bbfb8bb39390b9843df629100e8b51ae
FileChecksum: MD5: baa327f02a21c34e777cbd9137a3089f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/SystemPropertiesCommandLineConverter.class
SPDXID: SPDXRef-item6777
FileChecksum: SHA1: 963bafd4bc15d813d1b7d122c14d22d7b4eae649
FileChecksum: SHA256: 0f4f451e8ef68baeba51cfa6f166cdc6192169327fce405037e57f8059611755
FileChecksum: MD5: 477e20ebffaa02c5d0bea17e89b971ae
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$OptionString.class
SPDXID: SPDXRef-item6778
FileChecksum: SHA1: 11cc590002c236bb25a9d1b43d13d0bd00eb09bb
FileChecksum: SHA256: bf4912d54e71b9d2bcae802e23bda04c33f400b4022994150be086679c27d126
FileChecksum: MD5: 1cb96d23747b392908c1eb6b13b2b66a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/AbstractPropertiesCommandLineConverter.class
SPDXID: SPDXRef-item6779
FileChecksum: SHA1: 0a7c0b0e49e5feff68fe40437f3812e61a7c2419
FileChecksum: SHA256: e40096b1e3447df20928bb751df0e8696d11bded83e8c0a591dd3d6099859f84
FileChecksum: MD5: 10271f6e675b8a959ed1fab1926a077e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$OptionAwareParserState.class
SPDXID: SPDXRef-item6780
FileChecksum: SHA1: 67b6d63e71b2567622d0ad8935f0259fa88ea272
FileChecksum: SHA256: 29bd7dcfb9d777dea73aab42195c2751214258d969e66267afd1b49d4846bc77
FileChecksum: MD5: e20798bda294b08bbe5fc8ddba36a7d6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser.class
SPDXID: SPDXRef-item6781
FileChecksum: SHA1: 1528ce83a85ff9a2d67bb03484e75a2c55bfc7dd
FileChecksum: SHA256: 980a8e15b498ee88c120effac35b69a27c0a8109a63f47819dd4c7c57a8935c1
FileChecksum: MD5: 4186193685dedc15dce4d1f8f0bd5a5c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$OptionParserState.class
SPDXID: SPDXRef-item6782
FileChecksum: SHA1: edff4799f7ae5588aebd803d0e869b276baaa3cc
FileChecksum: SHA256: 942d5a316e21ce954b243d4a481d66866d8a77a0cf23f432231d938691378361
FileChecksum: MD5: eadc5440a6f79c22d10387168e2dd985
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$OptionComparator.class
SPDXID: SPDXRef-item6783
FileChecksum: SHA1: da9483effd3b9b869060cdf2abcb808b8acfc4b5
FileChecksum: SHA256: 0ed194a1e5873d6e0702fba2cb9e57780cb0b432daf046bf6738242cda365cf8
FileChecksum: MD5: e348eae8263a47e92e176f9061eb9914
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$CaseInsensitiveStringComparator.class
SPDXID: SPDXRef-item6784
FileChecksum: SHA1: c308cc4ea69b8ecaeb91d05dd316a6d29382bd06
FileChecksum: SHA256: cbfe7c9a8ca6d8d7b669e848e7d1345138d5f3f9fd53d07cd4d6733835fc6f20
FileChecksum: MD5: a28d1bc2667940e7340e47cfda51e853
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/ProjectPropertiesCommandLineConverter.class
SPDXID: SPDXRef-item6785
FileChecksum: SHA1: 677f67a572fd551f9075b88d62785d948b5bf8ff
FileChecksum: SHA256: be2dada36bb29fa322e972de0c8a72a4fc54aaade1af268370e3702f3a73430f
FileChecksum: MD5: b3175102a42bffb9cf59c9d54eea6830
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$AfterFirstSubCommand.class
SPDXID: SPDXRef-item6786
FileChecksum: SHA1: 5bf6e9d6d8351b63d8b02a5c4bec84929eb22351
FileChecksum: SHA256: 999ce6e889c37058c09411a948c5a4d0a1c376ab7b66ad03784e997db9783852
FileChecksum: MD5: 14668706049834134bfed300e0bb6267
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineConverter.class
SPDXID: SPDXRef-item6787
FileChecksum: SHA1: ebe27dbae07d3a7c864b52fbb6d24f15dc83b417
FileChecksum: SHA256: d54491d356fee7f41734447566dfbb5e71d5b9ecd174db87d40da047d1079331
FileChecksum: MD5: c7cb4cd979d09f32bfdbc33c59798cd3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$OptionStringComparator.class
SPDXID: SPDXRef-item6788
FileChecksum: SHA1: ce24ed250d123dc2d971f2e88a036459b8537748
FileChecksum: SHA256: 540356bfab5f117f5aa69233e3285d6ac783f22bafee36b1df2659cd79898376
FileChecksum: MD5: c5920e6f2566347bdba05a79fe2caa16
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/ParsedCommandLine.class
SPDXID: SPDXRef-item6789
FileChecksum: SHA1: 39c3f0b732f15ee99d3e352d99510dae5fa4832e
FileChecksum: SHA256: 702557c51389ea2cb9ba4bb89c245cc2c8c777098e0b1116d6053042caace0f2
FileChecksum: MD5: 2123c349824988aefce0864b5082cae5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$ParserState.class
SPDXID: SPDXRef-item6790
FileChecksum: SHA1: f6c9225a141d9fa9415125ae6ba96561f8cf6656
FileChecksum: SHA256: 9888508c3379874687c3254e85e4fb18555adc59072c55749c30378f7d736091
FileChecksum: MD5: 6db0b011b401e204c87f5e171d575495
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/ParsedCommandLineOption.class
SPDXID: SPDXRef-item6791
FileChecksum: SHA1: 819dff7ab143d9355508e25eb6b0b4cf7241a3d5
FileChecksum: SHA256: a153cc4bceb8e76700eaabdd1fb852005607d6958f5b07c3ed1e21c24cc31590
FileChecksum: MD5: 03d8bd60ee953e1902418f79cd0f915a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$BeforeFirstSubCommand.class
SPDXID: SPDXRef-item6792
FileChecksum: SHA1: 6118554dd1977928b84bcd9e4b816f2d6be98cea
FileChecksum: SHA256: 9959ec8f58148535cfb59240214d3da5f6f5441a2aeee9cbbd99d8b947ed94ba
FileChecksum: MD5: af1a62785aef4f3b132e4b30ab8662f9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/AbstractCommandLineConverter.class
SPDXID: SPDXRef-item6793
FileChecksum: SHA1: 02fa75d90d75619d11d3d48ceb4e57148c5feb11
FileChecksum: SHA256: c723e119be0294d7811ed3a3c6e525b28061edba425d76ba0ddd76acf75dba29
FileChecksum: MD5: 576105166f14128d9a2207195d129b8b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$UnknownOptionParserState.class
SPDXID: SPDXRef-item6794
FileChecksum: SHA1: 0526540fb7d7d97be97d6ac01a5423a1aaa05002
FileChecksum: SHA256: bb192f14624a85a4d1a5a7f7dde00ceb6959ed59e69241428cb9eedcbad7ee9f
FileChecksum: MD5: f16a6566e70dbd9cf8a217735ed3124c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradle/wrapper/gradle-wrapper.jar/org/gradle/cli/CommandLineParser$1.class
SPDXID: SPDXRef-item6795
FileChecksum: SHA1: 00bd542d118211f8ef7e0ee23b5d64c212b5dd02
FileChecksum: SHA256: 2416bad28107e2700b0a58fd199f713c24d8116d317552c40341d3af30b1a7da
FileChecksum: MD5: 59d10b2a20c0d15a7a48d52fdbdee375
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/README.md
SPDXID: SPDXRef-item6796
FileChecksum: SHA1: 15399fcbbe6f3ff84c82039d446d820ecbbc3ac6
FileChecksum: SHA256: e1681c151d5a6bbe9810028ef381b9db6145254752d08625a31859e5972574d3
FileChecksum: MD5: ca4eb267413b650f855decc151c0cc8e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: <text> Copyright (c) 2016 Faust, Inc. </text>
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/build.gradle
SPDXID: SPDXRef-item6797
FileChecksum: SHA1: 9c55f0e3bd70363a02377f729d139a5d91325d40
FileChecksum: SHA256: 54621bb7f739c8c0f76a035ed71350b105e5c968ce4aafae11cc2901964d8f17
FileChecksum: MD5: 18d7468f4a8972309d2656c12f8b03aa
LicenseConcluded: NOASSERTION
LicenseInfoInFile: LGPL-2.0+
LicenseInfoInFile: WTFPL
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/src/main/java/com/github/appbomination/InsufficientKarmaException.java
SPDXID: SPDXRef-item6804
FileChecksum: SHA1: fd668bc0096794e4d8125a29f9a746c0ab1edc57
FileChecksum: SHA256: a4c324a030c0c4d8c3cd13beca98384e29cf423b0e9b0ce84c83517e4f709296
FileChecksum: MD5: eee05b97f68476d6a3c01d2018558c19
LicenseConcluded: NOASSERTION
LicenseInfoInFile: LicenseRef-UnclassifiedLicense
FileCopyrightText: <text> Copyright (C) 2016 Faust Inc. All, and I mean ALL, rights are reserved. </text>
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/src/main/java/com/github/appbomination/Main.java
SPDXID: SPDXRef-item6805
FileChecksum: SHA1: 2b7b936a3f185a53528724e4f4141030906963c2
FileChecksum: SHA256: 04cf7b67ac7d10c03f4e244a8a932560398c6b1ac445f9808100257d29f91bb6
FileChecksum: MD5: 1f3f9a2378f02070683cd6d73d0fd8a2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/gradlew.bat
SPDXID: SPDXRef-item6806
FileChecksum: SHA1: d841ffc9855dcc642901e8abf28dee20b0485864
FileChecksum: SHA256: 398db6d288bcbfc7b2059f15e2bb6f301cb39e8c421bd1e5c5682ab9bb8ed104
FileChecksum: MD5: 632f7f6dcc28a13f168cc431061e0438
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/LICENSE
SPDXID: SPDXRef-item6807
FileChecksum: SHA1: 92170cdc034b2ff819323ff670d3b7266c8bffcd
FileChecksum: SHA256: b40930bbcf80744c86c46a12bc9da056641d722716c378f5659b9e555ef833e1
FileChecksum: MD5: e3fc50a88d0a364313df4b21ef20c29e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text> copyright, patent, trademark, and attribution notices from the Source form of the Work, excluding those notices that do not pertain to any part of the Derivative Works; and
copyright owner or by an individual or Legal Entity authorized to submit on behalf of
Copyright {yyyy} {name of copyright owner}
(c) You must retain, in the Source form of any Derivative Works </text>
 

##File

FileName: app-bom-ination-1.0-r0-patched.tar.gz/app-bom-ination-1.0-r0-patched.tar/spdx_temp/App-BOM-ination-1.0/.gitignore
SPDXID: SPDXRef-item6808
FileChecksum: SHA1: cbb3a9f3fdf419f6c746df39b8d26dfcf4156485
FileChecksum: SHA256: 3df82f9b4ea0b1fe73aff27d58caba4e55f03cf1e2b8b04bd1a08ff18c1a94f9
FileChecksum: MD5: 798a4abbbcf338365d9440b71ebf842c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NOASSERTION
FileCopyrightText: NOASSERTION
 



##-------------------------
## License Information
##-------------------------

LicenseID: LicenseRef-UnclassifiedLicense
LicenseName: UnclassifiedLicense
ExtractedText: <text> An unclassified license reference looks like a license (it contains common license terminology) but we don\'t recognize a specific license. </text>

LicenseID: LicenseRef-No_license_found
LicenseName: No_license_found
ExtractedText: <text> Not find any license in the scanned file </text>

', 'SPDX2TV_app-bom-ination-1.0-r0-patched.tar.gz_1643158969.spdx