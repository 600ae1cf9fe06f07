# Document Information

SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
DocumentNamespace: http://spdx.org/spdxdocs/scans-72f6ca13-aa5e-4b17-a4f6-84c7fb3601ed
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
Created: 2022-01-22T02:07:22Z


# Package

PackageName: scans
SPDXID: SPDXRef-001
PackageDownloadLocation: NOASSERTION
PackageVerificationCode: 26dac617bc9dc26c48dfd2b64a0450e3054a2186
PackageLicenseDeclared: NOASSERTION
PackageLicenseConcluded: NOASSERTION
PackageLicenseInfoFromFiles: Apache-2.0
PackageLicenseInfoFromFiles: CC-BY-3.0
PackageLicenseInfoFromFiles: CC-BY-SA-4.0
PackageLicenseInfoFromFiles: LicenseRef-scancode-other-copyleft
PackageLicenseInfoFromFiles: LicenseRef-scancode-unknown-license-reference
PackageCopyrightText: <text>Copyright (c) 2019 STMicroelectronics
Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/.gitmodules
SPDXID: SPDXRef-2
FileChecksum: SHA1: a166ca300b647ff6a0f22e1daa9d3d2be7cf7362
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/.travis.yml
SPDXID: SPDXRef-3
FileChecksum: SHA1: 10cdc1f164eef98adf0a6552f8d6d7a4bfe60ebe
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/CODE_OF_CONDUCT.md
SPDXID: SPDXRef-6
FileChecksum: SHA1: 695e07574bd8d052d43c0a85bb232bce7eb9832e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/CONTRIBUTING.md
SPDXID: SPDXRef-7
FileChecksum: SHA1: 02e08bcaa88c08afb46806531bee23dbbde23582
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/Doxyfile
SPDXID: SPDXRef-8
FileChecksum: SHA1: f354846631c2329dbe78547da320a98b1df18840
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/LICENSE
SPDXID: SPDXRef-9
FileChecksum: SHA1: a6a5418b4d67d9f3a33cbf184b25ac7f9fa87d33
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/README.md
SPDXID: SPDXRef-12
FileChecksum: SHA1: 8e7298a849557e816b71eb1329968e58a74634ba
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/README.md
SPDXID: SPDXRef-21
FileChecksum: SHA1: 76f9a7ab8530cc92e3091ab524873b4d05b1f91f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/Kconfig.board
SPDXID: SPDXRef-25
FileChecksum: SHA1: 404ec5682b5033e6b4bcafcf214ce83fa25d1d08
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/Kconfig.defconfig
SPDXID: SPDXRef-26
FileChecksum: SHA1: f4dd49ff017ddae6666be2f92402dc3fbb679e77
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/board.cmake
SPDXID: SPDXRef-24
FileChecksum: SHA1: 58c3d3929ab85f3a24fbedb947f280ebf662f02a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/mppt_1210_hus.dts
SPDXID: SPDXRef-27
FileChecksum: SHA1: 8db171802a906675d029ac4435790ee5f2b5cd88
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/mppt_1210_hus.yaml
SPDXID: SPDXRef-28
FileChecksum: SHA1: 6c5e6cdc21b1e0ed0567803552cba29eee9936c0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/mppt_1210_hus_0_4_0.conf
SPDXID: SPDXRef-29
FileChecksum: SHA1: 42be6bdc224d66386b73e5dda5b68b8e53b89771
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/mppt_1210_hus_0_4_0.overlay
SPDXID: SPDXRef-30
FileChecksum: SHA1: 9c897c20922a86806d800acd10388c8accac549b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/mppt_1210_hus_0_7_0.conf
SPDXID: SPDXRef-31
FileChecksum: SHA1: 42be6bdc224d66386b73e5dda5b68b8e53b89771
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/mppt_1210_hus_0_7_0.overlay
SPDXID: SPDXRef-32
FileChecksum: SHA1: 7bb022bcad3a05557e9b1eaaee0b7d3bf8ce2d99
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/mppt_1210_hus_defconfig
SPDXID: SPDXRef-33
FileChecksum: SHA1: 7b36fddd9b038ccfed193c27938e941beffb730b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/revision.cmake
SPDXID: SPDXRef-34
FileChecksum: SHA1: d4ad514ce8aa8d310a526c254442540191d26150
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_1210_hus/support/openocd.cfg
SPDXID: SPDXRef-36
FileChecksum: SHA1: fa97cac5771e5d2a9d77456d30d5bb7165490fcb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/Kconfig.board
SPDXID: SPDXRef-39
FileChecksum: SHA1: 11c0f212fd91b8a9b46a51d42752f9cec49dc8e4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/Kconfig.defconfig
SPDXID: SPDXRef-40
FileChecksum: SHA1: d2ac8bf460aa3ae6983d1a10a9dc2b394bbc5ba0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/board.cmake
SPDXID: SPDXRef-38
FileChecksum: SHA1: aaa9d1e540b1082e8f174cf7c08fef09c1383342
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/mppt_2420_hc.dts
SPDXID: SPDXRef-41
FileChecksum: SHA1: 71f4ef72a5e2d2abbcbcfd73c4dbc1d788df9704
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/mppt_2420_hc.yaml
SPDXID: SPDXRef-42
FileChecksum: SHA1: c295fafe403d0c95eef87c51fae7bc4965385b71
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/mppt_2420_hc_0_1_0.conf
SPDXID: SPDXRef-43
FileChecksum: SHA1: 713b6353a3b2942223e04ff4ba0834831b502737
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/mppt_2420_hc_0_1_0.overlay
SPDXID: SPDXRef-44
FileChecksum: SHA1: 38db298b5bd825b9b15e82af9ab7477d5ee908e9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/mppt_2420_hc_0_2_0.conf
SPDXID: SPDXRef-45
FileChecksum: SHA1: 9ef09009145444e88836796bd2d4c2ff4a4ccb41
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/mppt_2420_hc_0_2_0.overlay
SPDXID: SPDXRef-46
FileChecksum: SHA1: 69e9f28efc562a1c4801073251a9cf03da732d8d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/mppt_2420_hc_defconfig
SPDXID: SPDXRef-47
FileChecksum: SHA1: cf4a5786c322d3bc412c5348ad3092efa5e6c608
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hc/revision.cmake
SPDXID: SPDXRef-48
FileChecksum: SHA1: cce3f8edc2b5f284d988bd7f38ada804f17e8820
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hpx/Kconfig.board
SPDXID: SPDXRef-51
FileChecksum: SHA1: 83cac101ff29a9b4a56c324b27326761423a7be2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hpx/Kconfig.defconfig
SPDXID: SPDXRef-52
FileChecksum: SHA1: 8331160f45d7a9ffc8dd21f5139a1f7172e6879c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hpx/board.cmake
SPDXID: SPDXRef-50
FileChecksum: SHA1: c8bc5747502e96e52308d1e0fcc25bea46c3778e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hpx/mppt_2420_hpx.dts
SPDXID: SPDXRef-53
FileChecksum: SHA1: b72df39d58a7709287fd84baab8898551286799d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hpx/mppt_2420_hpx.yaml
SPDXID: SPDXRef-54
FileChecksum: SHA1: 16cfff2595c7b03b6d15f4319ac76fadbce86311
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_hpx/mppt_2420_hpx_defconfig
SPDXID: SPDXRef-55
FileChecksum: SHA1: 950cb593d8c801d47cd8206b46019efb7dbf2a35
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_lc/Kconfig.board
SPDXID: SPDXRef-58
FileChecksum: SHA1: 6ede28fd966b3b1dc58b72d66a3da6ae3f18b9bc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_lc/Kconfig.defconfig
SPDXID: SPDXRef-59
FileChecksum: SHA1: 853823e10dbf3b74e99083a9473635cd44e5f20a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_lc/board.cmake
SPDXID: SPDXRef-57
FileChecksum: SHA1: 100eefbf82f1aa24a10c54b2958882c58ff3c0b1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_lc/mppt_2420_lc.dts
SPDXID: SPDXRef-60
FileChecksum: SHA1: 056cbbd54e95a0fe7817907ff43614a941ca7f34
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_lc/mppt_2420_lc.yaml
SPDXID: SPDXRef-61
FileChecksum: SHA1: 978aa2c6ec3450c0c752ab7cf73ddee24cc61252
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_lc/mppt_2420_lc_defconfig
SPDXID: SPDXRef-62
FileChecksum: SHA1: a60d1526234119667ddf67f32fb4e42ffd52b5cf
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_lc/support/openocd.cfg
SPDXID: SPDXRef-64
FileChecksum: SHA1: e414a862f22b1a1b4dce22c2c62e017542036f6d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_rc/Kconfig.board
SPDXID: SPDXRef-67
FileChecksum: SHA1: 952b4b192f72b626feabd9ffc94babcc306eae1a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_rc/Kconfig.defconfig
SPDXID: SPDXRef-68
FileChecksum: SHA1: be30b4065edfac1ebac196f0286365651c76f127
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_rc/board.cmake
SPDXID: SPDXRef-66
FileChecksum: SHA1: c8bc5747502e96e52308d1e0fcc25bea46c3778e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_rc/mppt_2420_rc.dts
SPDXID: SPDXRef-69
FileChecksum: SHA1: e458499e7bc818511b19d1cd9dea4cccd7185b14
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_rc/mppt_2420_rc.yaml
SPDXID: SPDXRef-70
FileChecksum: SHA1: 49bb94670456e6d169b0671fad96c6d8e92b4f13
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/mppt_2420_rc/mppt_2420_rc_defconfig
SPDXID: SPDXRef-71
FileChecksum: SHA1: 605de91ad2387c89e23e45ce3fa1b196cbbbf655
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/nucleo_g474re/Kconfig.board
SPDXID: SPDXRef-74
FileChecksum: SHA1: eed1813851c7e85f8496452694ec77b6e7f3e350
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) 2019 STMicroelectronics
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/nucleo_g474re/Kconfig.defconfig
SPDXID: SPDXRef-75
FileChecksum: SHA1: 6f990fc29608becb96f157e365b809686b7fe2b9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) 2019 STMicroelectronics
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/nucleo_g474re/board.cmake
SPDXID: SPDXRef-73
FileChecksum: SHA1: 0286c4b1cc42dda2edbe903b96409ea5c1cde9d2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/nucleo_g474re/nucleo_g474re.dts
SPDXID: SPDXRef-76
FileChecksum: SHA1: b9c389b7a6a8ad2e4c75d0cbe45a14a39728045a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) 2019 STMicroelectronics
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/nucleo_g474re/nucleo_g474re.yaml
SPDXID: SPDXRef-77
FileChecksum: SHA1: 7073e7a047685e7e67ab0cd27d432533cc835692
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/nucleo_g474re/nucleo_g474re_defconfig
SPDXID: SPDXRef-78
FileChecksum: SHA1: a6eff85f75825219b5399d9aff96e33baf6e6180
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/nucleo_g474re/support/openocd.cfg
SPDXID: SPDXRef-80
FileChecksum: SHA1: ea09919531df32db64a8033a92d2b0606bbf940f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/Kconfig.board
SPDXID: SPDXRef-83
FileChecksum: SHA1: 5d9bf1a3c9e88e6a8a2de6c67e1f4cebc34f04e4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/Kconfig.defconfig
SPDXID: SPDXRef-84
FileChecksum: SHA1: d178c683d1302a654316e24a636a8d94d4782319
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/board.cmake
SPDXID: SPDXRef-82
FileChecksum: SHA1: 58c3d3929ab85f3a24fbedb947f280ebf662f02a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/pwm_2420_lus.dts
SPDXID: SPDXRef-85
FileChecksum: SHA1: 05c7c25377882258b1a11be847ccff73f6943814
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/pwm_2420_lus.yaml
SPDXID: SPDXRef-86
FileChecksum: SHA1: c2424f45a3cb67eb2a7064b75fbfd9c071854ff7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/pwm_2420_lus_0_2_0.conf
SPDXID: SPDXRef-87
FileChecksum: SHA1: 42be6bdc224d66386b73e5dda5b68b8e53b89771
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/pwm_2420_lus_0_2_0.overlay
SPDXID: SPDXRef-88
FileChecksum: SHA1: 904b99aed3c4ccc7939f2a13e1c3dde9a6c1e1f2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/pwm_2420_lus_0_3_0.conf
SPDXID: SPDXRef-89
FileChecksum: SHA1: 42be6bdc224d66386b73e5dda5b68b8e53b89771
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/pwm_2420_lus_0_3_0.overlay
SPDXID: SPDXRef-90
FileChecksum: SHA1: 250669994e5f6505c6518dc1bfe9f32b3adfd196
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/pwm_2420_lus_defconfig
SPDXID: SPDXRef-91
FileChecksum: SHA1: 7b36fddd9b038ccfed193c27938e941beffb730b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/revision.cmake
SPDXID: SPDXRef-92
FileChecksum: SHA1: af4f74684b25702409a44f5d173c771b113bbc8f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/arm/pwm_2420_lus/support/openocd.cfg
SPDXID: SPDXRef-94
FileChecksum: SHA1: b6d16327871bc3f7fe2c0ac80184a55837e35ffc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/mppt_1210_hus@0.7.json
SPDXID: SPDXRef-14
FileChecksum: SHA1: f4973f8b2004285668ab8a5830301f455d76f036
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/mppt_2420_hc@0.2.json
SPDXID: SPDXRef-15
FileChecksum: SHA1: 7256b6477ec9b8bff480da51a812e7ce09724a62
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/mppt_2420_hpx.json
SPDXID: SPDXRef-16
FileChecksum: SHA1: 44037cd84dc449d2b4157764d289e86a8a337ed4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/mppt_2420_lc.json
SPDXID: SPDXRef-17
FileChecksum: SHA1: 832b10aa9d4edd8268be69e8f9fd32034eca982c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/mppt_2420_rc.json
SPDXID: SPDXRef-18
FileChecksum: SHA1: 1a61fc937388e17c414b9a42bb6bc3a18f38d294
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/nucleo_g474re.json
SPDXID: SPDXRef-19
FileChecksum: SHA1: bc710ce837c3dd8d378611da72414026f8d5a23d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/boards/pwm_2420_lus@0.3.json
SPDXID: SPDXRef-20
FileChecksum: SHA1: 59b0606acdbf0666262a63094f0a47ca55dece25
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/check.bat
SPDXID: SPDXRef-4
FileChecksum: SHA1: 4e9469ce859117911113131608c83288f2a881dd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/check.sh
SPDXID: SPDXRef-5
FileChecksum: SHA1: 4550b1c1a6e5445bd0783c201b6fe7b7b8760367
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/docs/README.md
SPDXID: SPDXRef-98
FileChecksum: SHA1: e54639237f1736c80a115e190295b28d9699221c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/docs/charger-concepts.md
SPDXID: SPDXRef-96
FileChecksum: SHA1: 0cc1817cbfca1b45bedcce635ba153c7a2c4049f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/docs/images/charge-controller-structure.svg
SPDXID: SPDXRef-101
FileChecksum: SHA1: 0cd4bcafd0054a9961be2bb2d7ca4c7cbd3f7fd9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: CC-BY-3.0
LicenseInfoInFile: CC-BY-SA-4.0
LicenseInfoInFile: CC-BY-SA-4.0
LicenseInfoInFile: LicenseRef-scancode-other-copyleft
LicenseInfoInFile: LicenseRef-scancode-unknown-license-reference
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/docs/images/charging-stages.png
SPDXID: SPDXRef-102
FileChecksum: SHA1: 30502a40334d0c080198c96ada618647f4e0c423
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/docs/module-overview.md
SPDXID: SPDXRef-97
FileChecksum: SHA1: bb488ce787c6ff56a91245274d483de6cc135754
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/docs/zephyr-cheatsheet.md
SPDXID: SPDXRef-99
FileChecksum: SHA1: 9194a89f98a483af80f531f7d4445374bc73ecbc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/lib/readme.txt
SPDXID: SPDXRef-105
FileChecksum: SHA1: 5d0064e673367b774a22c4a7cc81870e46937c17
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/platformio-extra.py
SPDXID: SPDXRef-10
FileChecksum: SHA1: 2d16fa6115f4be614fa5daf9776fa8eccab71724
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/platformio.ini
SPDXID: SPDXRef-11
FileChecksum: SHA1: 982e1e7daaa31660cc582b170556516be41cb626
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/src/CMakeLists.txt
SPDXID: SPDXRef-111
FileChecksum: SHA1: ee91a319f5562e053a46e9778bc7382bd062c112
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/src/bat_charger.cpp
SPDXID: SPDXRef-108
FileChecksum: SHA1: d001e0d09ab60348dfd58a3c4dd2b736bfbba86e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/bat_charger.h
SPDXID: SPDXRef-109
FileChecksum: SHA1: 33e0382b12ca5708302e2ee7c006eb25e28ccd35
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/board.h
SPDXID: SPDXRef-110
FileChecksum: SHA1: 93e93cb22cdeacb304f834aa72c4937957ff25c0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/daq.cpp
SPDXID: SPDXRef-112
FileChecksum: SHA1: b6068e6192f94dec28ac0c5e7797a20abcf36f78
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/daq.h
SPDXID: SPDXRef-113
FileChecksum: SHA1: 05f2b792e761680155e9e20abcb32345eebbc61f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/daq_driver.c
SPDXID: SPDXRef-114
FileChecksum: SHA1: 94a34e7db87fc6c65b69e131edff0121a89ff467
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/data_nodes.cpp
SPDXID: SPDXRef-115
FileChecksum: SHA1: c381f2e1b1564799b110449023d57a226ae1e928
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/data_nodes.h
SPDXID: SPDXRef-116
FileChecksum: SHA1: 78c1c9f2fef09244318210da6121ddd99ec3210e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/data_storage.cpp
SPDXID: SPDXRef-117
FileChecksum: SHA1: 0e40430fe2331aa272922029fcc8c54c9899e641
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/data_storage.h
SPDXID: SPDXRef-118
FileChecksum: SHA1: 54ebcdc77292af7333dc6bc0f1de6a2199165cc7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/dcdc.cpp
SPDXID: SPDXRef-119
FileChecksum: SHA1: de7f3aedade125e89e73fe16b49ffc197b7a4a6b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/dcdc.h
SPDXID: SPDXRef-120
FileChecksum: SHA1: d474d6098e1616eab254f1959aa57508e3615c56
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/device_status.cpp
SPDXID: SPDXRef-121
FileChecksum: SHA1: eaa827d492d80e981b0bb1f979f2a8624b66a77a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/device_status.h
SPDXID: SPDXRef-122
FileChecksum: SHA1: 1f14ae87b6ca92b954029cb371315ff7ad551618
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/ext/CMakeLists.txt
SPDXID: SPDXRef-144
FileChecksum: SHA1: 8cf3245177bb36a8957130441024769c8c8ddf09
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/src/ext/README.md
SPDXID: SPDXRef-146
FileChecksum: SHA1: 4465885b448a73e3dd65f73451f0327e42805308
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/src/ext/can.cpp
SPDXID: SPDXRef-143
FileChecksum: SHA1: 79d3298088ccd8fb83e9b62235141f7f10e2b968
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/ext/oled.cpp
SPDXID: SPDXRef-145
FileChecksum: SHA1: 72e1f151fa167b7ec8aa6e9c5c8f389a4e032e37
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/ext/serial.cpp
SPDXID: SPDXRef-147
FileChecksum: SHA1: 378570be694df71acb63f6ccc530e5ae8ed7f24c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/half_bridge.cpp
SPDXID: SPDXRef-123
FileChecksum: SHA1: e56db56b92cbb54a815cdb1054e6f86e8e2014c6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/half_bridge.h
SPDXID: SPDXRef-124
FileChecksum: SHA1: 54d10706e291cccd156808f4ad347553ebd79c6f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/hardware.cpp
SPDXID: SPDXRef-125
FileChecksum: SHA1: 4befd03367dab705a4eaf5580d882a3c252a05eb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/hardware.h
SPDXID: SPDXRef-126
FileChecksum: SHA1: 2be79cbf8c9e7fcae835bd3d3484e13ef67988ca
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/helper.h
SPDXID: SPDXRef-127
FileChecksum: SHA1: d1eca835c1877dd28702a578f4ee9c861f6f3c95
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/leds.cpp
SPDXID: SPDXRef-128
FileChecksum: SHA1: c19633b7de57c711232f515621180cd341de0e72
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/leds.h
SPDXID: SPDXRef-129
FileChecksum: SHA1: 3836e3ab73a6c0cfb9d17c86c17807e5c696d7fb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/load.cpp
SPDXID: SPDXRef-130
FileChecksum: SHA1: 9fa1ba3449de0febb5d4926a0e01b9f502185bef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/load.h
SPDXID: SPDXRef-131
FileChecksum: SHA1: 47448ed7137852f065a9158d955a706cdf28d940
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/load_driver.c
SPDXID: SPDXRef-132
FileChecksum: SHA1: 27845caef56da65156ba9e6e585fe53dcdeb37ce
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/main.cpp
SPDXID: SPDXRef-133
FileChecksum: SHA1: b1242df9261e15c059d76b5acc6bc73594e250f9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/mcu.h
SPDXID: SPDXRef-134
FileChecksum: SHA1: f38743828b8599b546ea75a608104308961cdaf0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/power_port.cpp
SPDXID: SPDXRef-135
FileChecksum: SHA1: 8c0774d09b5f65b4e3f4153068b7f4635c602dc0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/power_port.h
SPDXID: SPDXRef-136
FileChecksum: SHA1: d3f8103fe507c5dbcb7c023179e5b1d7ca411af6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/pwm_switch.cpp
SPDXID: SPDXRef-137
FileChecksum: SHA1: 2fbf87cca6f29736d363b90411c6e2384c881567
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/pwm_switch.h
SPDXID: SPDXRef-138
FileChecksum: SHA1: 554fbf8477f21b9dd7343d56bba7a1f26bc51ef9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/pwm_switch_driver.c
SPDXID: SPDXRef-139
FileChecksum: SHA1: 0a2e58b48c0dd948e8e0fefedd0b8dab9c7df4c3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/setup.cpp
SPDXID: SPDXRef-140
FileChecksum: SHA1: 3d63919a9a091f3b613c8b94eb2b3e59aaf105e1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/src/setup.h
SPDXID: SPDXRef-141
FileChecksum: SHA1: 5838d42de5d7d42e8ffd7e8784c3c4ef2b2a17ed
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/autoconf.h
SPDXID: SPDXRef-149
FileChecksum: SHA1: b28cf29d758b36f77be26a3a61b4b71137e84075
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/daq_stub.h
SPDXID: SPDXRef-150
FileChecksum: SHA1: 97d83369f8f4217017541d05a6458ecb4c819817
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/devicetree.h
SPDXID: SPDXRef-151
FileChecksum: SHA1: 0ce35e10422fed76377227098bef8add43f609ef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/devicetree_unfixed.h
SPDXID: SPDXRef-152
FileChecksum: SHA1: aa0a6448d24ce90faca32c69b6658e25f51190ee
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/main.cpp
SPDXID: SPDXRef-153
FileChecksum: SHA1: 8be4d0ec05971402f0c2d661655b8ae22fdcf5a8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/tests.h
SPDXID: SPDXRef-154
FileChecksum: SHA1: c94c56fd5608226b88ecdf54a3c1dbfe3887b067
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/tests_bat_charger.cpp
SPDXID: SPDXRef-155
FileChecksum: SHA1: 501420bc36101be1143cecaca3105113b994ef23
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/tests_daq.cpp
SPDXID: SPDXRef-156
FileChecksum: SHA1: 76e4478a5d7d572bb60aad4ca0b64d49fd36f12e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/tests_dcdc.cpp
SPDXID: SPDXRef-157
FileChecksum: SHA1: 860c2f64c1efb8ddd00d583d2722d52da908e3f5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/tests_device_status.cpp
SPDXID: SPDXRef-158
FileChecksum: SHA1: 276d14236d4826fc4c82a41dcd358c518829f824
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/tests_half_bridge.cpp
SPDXID: SPDXRef-159
FileChecksum: SHA1: f707c60a37a3dc48df30dab6a7047c90369d7b86
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/tests_load.cpp
SPDXID: SPDXRef-160
FileChecksum: SHA1: 60352d531873690b08a3c2fb9eab533b1c8d86d7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/tests_power_port.cpp
SPDXID: SPDXRef-161
FileChecksum: SHA1: d9d5a1fc2a00c9264d39dd30f4daf32cc15095d2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/test/zephyr.h
SPDXID: SPDXRef-162
FileChecksum: SHA1: ab37b05d7ec2fb33d5bde38b585e2a143619aa7a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/zephyr/CMakeLists.txt
SPDXID: SPDXRef-164
FileChecksum: SHA1: c83d3d9873948a471f2f69e12f1f0e40866684ba
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/zephyr/Kconfig
SPDXID: SPDXRef-165
FileChecksum: SHA1: 118cdd47f907ff126102b949f6c196f47256af13
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/zephyr/dts/bindings/adc-inputs.yaml
SPDXID: SPDXRef-170
FileChecksum: SHA1: 4c0702f67b4add5e8b5a6d4ed17a9ce7f353b10d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/zephyr/dts/bindings/charge-controller.yaml
SPDXID: SPDXRef-171
FileChecksum: SHA1: 6d4442e6fc46ec46c7e8a50e3b363502742621d3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/zephyr/dts/bindings/charlieplexing-leds.yaml
SPDXID: SPDXRef-172
FileChecksum: SHA1: 0327d4babeda553c47c394bfd8f9f43defd12e96
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/zephyr/dts/bindings/half-bridge.yaml
SPDXID: SPDXRef-173
FileChecksum: SHA1: 1732eafb03e8aef85d3bad931e0d476c0f82e827
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/zephyr/dts/bindings/outputs.yaml
SPDXID: SPDXRef-174
FileChecksum: SHA1: b702f75dd4016eb51ff7d9a0fb01094c6b94e75a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: <text>Copyright (c) The Libre Solar Project
</text>


# File

FileName: ./charge-controller-firmware-21.0/zephyr/prj.conf
SPDXID: SPDXRef-166
FileChecksum: SHA1: aac82b68137402931718f606cd17089c677c4fa7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./charge-controller-firmware-21.0/zephyr/west.yml
SPDXID: SPDXRef-167
FileChecksum: SHA1: 67f2dddf8c517a8444ecb3cb6abdfce3a1959707
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# Extracted Licenses

LicenseID: LicenseRef-scancode-other-copyleft
LicenseName: Other Copyleft Licenses
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/other-copyleft.yml
</text>
ExtractedText: <text>           rdf:resource="http://creativecommons.org/ns#ShareAlike" /></text>


LicenseID: LicenseRef-scancode-unknown-license-reference
LicenseName: Unknown License file reference
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/unknown-license-reference.yml
</text>
ExtractedText: <text>      </cc:License></text>


