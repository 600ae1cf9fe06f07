SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: zephyr-sources
DocumentNamespace: https://swinslow.net/plugfest2-sboms/charge-controller-firmware/spdx-with-headers/zephyr
Creator: Tool: Zephyr SPDX builder
Created: 2021-06-08T01:32:35Z

Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-zephyr-sources

##### Package: zephyr-sources

PackageName: zephyr-sources
SPDXID: SPDXRef-zephyr-sources
PackageDownloadLocation: NOASSERTION
PackageLicenseConcluded: Apache-2.0
PackageLicenseInfoFromFiles: Apache-2.0
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION
FilesAnalyzed: true
PackageVerificationCode: 76b169bae90fbf247c7d7690e74f1bbbc9a89731

FileName: ./modules/hal/cmsis/CMSIS/Core/Include/cmsis_compiler.h
SPDXID: SPDXRef-File-cmsis-compiler.h
FileChecksum: SHA1: 1c25dcc2155b6f7f262f842b989f4f9f53826dff
FileChecksum: SHA256: b51963d271c1571ca3463654c76aa7ea50c4eac5d0a2710df10414ac64d9e0f8
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/cmsis/CMSIS/Core/Include/cmsis_gcc.h
SPDXID: SPDXRef-File-cmsis-gcc.h
FileChecksum: SHA1: 22f70b7b8ab7d76830c04f427e6995c989dee90b
FileChecksum: SHA256: 78bceb13f9552f9e7d370bd480e48e3e6c24033d70d4a6b9b930832adf8de5ba
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/cmsis/CMSIS/Core/Include/cmsis_version.h
SPDXID: SPDXRef-File-cmsis-version.h
FileChecksum: SHA1: f5d8010413e484a3bc571e745873e9af1e8db444
FileChecksum: SHA256: 0ad241efa3091a4a4dd9eb52a63611b4510e0a62d9b59ec439ff41c0d54bbb3a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/cmsis/CMSIS/Core/Include/core_cm4.h
SPDXID: SPDXRef-File-core-cm4.h
FileChecksum: SHA1: 2b908128f9902f6ab069315ebce47ad38a91e584
FileChecksum: SHA256: c84881caf29dfc95104d24ad6961acc4df2a3182bffca2c888b83035ecc8e9c7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/cmsis/CMSIS/Core/Include/mpu_armv7.h
SPDXID: SPDXRef-File-mpu-armv7.h
FileChecksum: SHA1: ec9ba28ea1b2723f490a3a8d2f09c9fd0ed9d11f
FileChecksum: SHA256: cb6f074030e76742b4f4b8d6baf31b057f349868f561fca61e20054fa36af047
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_adc.h
SPDXID: SPDXRef-File-stm32-ll-adc.h
FileChecksum: SHA1: 0d8a5fbe46297c72cd2d988b9c7017d2d1468277
FileChecksum: SHA256: e24830753beaa76109cb2544c96ad01c06a1a03b8f9849828b8bb52e7f5be70c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_bus.h
SPDXID: SPDXRef-File-stm32-ll-bus.h
FileChecksum: SHA1: c24060934186f5da6bc1c3343af6ff10ce46b150
FileChecksum: SHA256: 7c7b6c568a4b7896398b67118720bfaf7d927ba60142cda168bbae9535da97c5
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_dac.h
SPDXID: SPDXRef-File-stm32-ll-dac.h
FileChecksum: SHA1: 7d5e5b732f3df5fbae8102e22269a06e81317084
FileChecksum: SHA256: df61d2dbd1bbc50f3fb2ad1b00e2995fb14f234de2afe0d67465c7af9c9c67dc
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_dma.h
SPDXID: SPDXRef-File-stm32-ll-dma.h
FileChecksum: SHA1: 8cea25c39669a05c46c8c60140e5ecfeebdada06
FileChecksum: SHA256: 603b657f1f4b67cdf8de3cfe28f58236dfc5759a6082ac1a837250072fb74fe6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_exti.h
SPDXID: SPDXRef-File-stm32-ll-exti.h
FileChecksum: SHA1: f177f745c76bd1ca45d692ddf21b98ee7a696ba8
FileChecksum: SHA256: 8dff2e8ce34f82a5798ef86779bc55ffe1120ddf204b56a63845d8e778c1338b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_gpio.h
SPDXID: SPDXRef-File-stm32-ll-gpio.h
FileChecksum: SHA1: 283cba68015241706ff7dc0731989e67b6d6b777
FileChecksum: SHA256: 845e9a3cce093c415e14f975159ee1f36ab7102658c1097eb15595bc5be5a133
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_hsem.h
SPDXID: SPDXRef-File-stm32-ll-hsem.h
FileChecksum: SHA1: d4fe7604c35000f4cb4df2d6a8f540507ef3e377
FileChecksum: SHA256: b1a8c8fc2f243952417e82b63904364e1253fe9984aab03007cbe876ff30ec2b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_iwdg.h
SPDXID: SPDXRef-File-stm32-ll-iwdg.h
FileChecksum: SHA1: 11fee751d7ac0d859f834cbc42943b9c512dfab8
FileChecksum: SHA256: d4b609384a68e3c8f22b111c184adb08a1814133139fb92e9068dc90b755c98c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_lpuart.h
SPDXID: SPDXRef-File-stm32-ll-lpuart.h
FileChecksum: SHA1: 961c1388351e9e9ee6cc78323e31cd896cb8481c
FileChecksum: SHA256: 5a0f533ca931e7ce28eb0ef0a9675ff05924f766f37c9df81ca7559dd04be6e3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_pwr.h
SPDXID: SPDXRef-File-stm32-ll-pwr.h
FileChecksum: SHA1: b7cd40154a3a6e98d966f98cb3b3aabd6f130ed6
FileChecksum: SHA256: df9217fb007d425146549ad1233c0a8ab0308de4fe0481c80f35c1d5ad460440
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_rcc.h
SPDXID: SPDXRef-File-stm32-ll-rcc.h
FileChecksum: SHA1: c66ee2ecc41270ce575d890a41f1d1019a520152
FileChecksum: SHA256: be752e31a97233fddb4e1bfde5c42f63752702235d926aefcbf1a9344dfce92e
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_spi.h
SPDXID: SPDXRef-File-stm32-ll-spi.h
FileChecksum: SHA1: eb2e71ab1255ac6abc7aeb87c6e7c9d5f45d5dd6
FileChecksum: SHA256: a663a9570b39921ae8f7c8121003f2236e2a39ba60181ed81a57a52058c7db72
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_system.h
SPDXID: SPDXRef-File-stm32-ll-system.h
FileChecksum: SHA1: bd751020000653e5fec80f6e742d20e6baa0468d
FileChecksum: SHA256: 7984612114e97ec999fdf2fdd60f6bc0c16651422ba6bb86e068187bb4a0d3e3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_tim.h
SPDXID: SPDXRef-File-stm32-ll-tim.h
FileChecksum: SHA1: b60175901b691a04424ad59135bd15631f80a070
FileChecksum: SHA256: 43928a3d56fa6a215c1c6837b11b3f833a075fc456bcbef0aa173bdcb0a21d45
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_usart.h
SPDXID: SPDXRef-File-stm32-ll-usart.h
FileChecksum: SHA1: 576c8d74a0e6919140bbd56a453bdcd132c740e7
FileChecksum: SHA256: d991df959f967c68277560cfeab7978cd4696fa1f86a503521649ebfa95bb5d7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/common_ll/include/stm32_ll_utils.h
SPDXID: SPDXRef-File-stm32-ll-utils.h
FileChecksum: SHA1: 15ebea0866ec988fc3713cc2154ea2995a07c2ac
FileChecksum: SHA256: 20a44bf383547e4d7b6ae7cf81a70f3e6b2836a0c101f71c498dad63c0f1c042
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/Legacy/stm32_hal_legacy.h
SPDXID: SPDXRef-File-stm32-hal-legacy.h
FileChecksum: SHA1: 43ad3867af8ae9d0d525bdb8a757d6d73d7d8c94
FileChecksum: SHA256: 26b736eb83b417265b51b1e1abe7e1b8c864adc57766af9c19e3a057f46ce3e6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal.h
SPDXID: SPDXRef-File-stm32g4xx-hal.h
FileChecksum: SHA1: b467740ad032735a40ab46f6ebbd779ff9afebde
FileChecksum: SHA256: 0da0af825c15071bea287b33a61ead5462d0fb927717e8a0b47e8dbb5c01eaa3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_adc.h
SPDXID: SPDXRef-File-stm32g4xx-hal-adc.h
FileChecksum: SHA1: 8a44f178aefe25d769dccd7a21c7d32112e3bb8f
FileChecksum: SHA256: 04fb801656d2ff15297df28b1076c7290c05612dfb0b00a021e3f7b2e7361583
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_adc_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-adc-ex.h
FileChecksum: SHA1: b7f34c9047fdf785feede3e54f1fa0ad15ebf31f
FileChecksum: SHA256: 001391f75933f8f30d637782f8ac8e6a7a43cd841266969819cc7acfa86a3d25
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_comp.h
SPDXID: SPDXRef-File-stm32g4xx-hal-comp.h
FileChecksum: SHA1: ea041cda65527e26b62fb5ab57d82588d4e8b2ab
FileChecksum: SHA256: 0ea5040fc98d68b6ab02d90d87e5b6e7e065a7fc85fe2d6b95cc231c3cd7d359
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_conf.h
SPDXID: SPDXRef-File-stm32g4xx-hal-conf.h
FileChecksum: SHA1: 2874547ecd785dee4c9b98046ff3868d40a5974c
FileChecksum: SHA256: 54280e8497f5c6c214b5acd5d2fd28d9522132e1e6bca7bfc6aa851219060abf
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_cordic.h
SPDXID: SPDXRef-File-stm32g4xx-hal-cordic.h
FileChecksum: SHA1: ba57180b8e27b40f8b3a72890386d17fbebcfff4
FileChecksum: SHA256: 9c15bcf0f629a33a8cacbbe0b30a9ec651a6ca000fdcb1286fa4a9bd707afff2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_cortex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-cortex.h
FileChecksum: SHA1: c04cf78468209f14912c9b32eda63ee93755b6c3
FileChecksum: SHA256: bb517f5115c4b76d2d0e1939b28d40782e92862518e920db140819d6fe5c18c1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_crc.h
SPDXID: SPDXRef-File-stm32g4xx-hal-crc.h
FileChecksum: SHA1: d2eb728386177291288cc66ba1c6fb43147762aa
FileChecksum: SHA256: 6a0391d4220e2f2597402ba682a590201b0a90836ba6e535bf3adbde9a44567c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_crc_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-crc-ex.h
FileChecksum: SHA1: 1410c6d7d2bc699d4807894067cc7462876c6a26
FileChecksum: SHA256: b9768e7cca8fd79d9e1bbbf1817557b050a110180155f5002acc18c86966b05c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_cryp.h
SPDXID: SPDXRef-File-stm32g4xx-hal-cryp.h
FileChecksum: SHA1: 525f2831e048eee3bf208ec4f51651a70f1030b1
FileChecksum: SHA256: 5d4f8cca9afb4dbcc9af016a9db0ada7b6a016252463525c7941135561a550cf
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_dac.h
SPDXID: SPDXRef-File-stm32g4xx-hal-dac.h
FileChecksum: SHA1: 1b1fbcd0bfca749a41c3364c6bfc8d6ddaa67521
FileChecksum: SHA256: c0ec9be8f17f5eb68ee79b8e57b673a70458ab711f0a76e977026f043a1fa2c4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_dac_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-dac-ex.h
FileChecksum: SHA1: 0e09b5b9ef786df9dc5daa298a1236bf2945c676
FileChecksum: SHA256: 9ceb5286b05cbf23676883d5ff94781457ead3df39620efb3329da6a455a874e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_def.h
SPDXID: SPDXRef-File-stm32g4xx-hal-def.h
FileChecksum: SHA1: fc4e1b94e223a03f8e33fc8cb39f33a2f2f22408
FileChecksum: SHA256: 1569461fac0475407899bbbf7cf5efde3e61eab01e1d1576b970c318f855189b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_dma.h
SPDXID: SPDXRef-File-stm32g4xx-hal-dma.h
FileChecksum: SHA1: d073ff7da94e4f1d669ee4eede19c340b63bea78
FileChecksum: SHA256: 4a5197504d1a40a007b712deeb826d1e514ae9d8429a5c44d207a642c9e7d8d2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_dma_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-dma-ex.h
FileChecksum: SHA1: 97266f3a2f043605eec074711f2036eee6f170ef
FileChecksum: SHA256: 9c40e5a4e02a7d4056075f0e0e9434a472fabc314ae6681439550084ebf187f5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_exti.h
SPDXID: SPDXRef-File-stm32g4xx-hal-exti.h
FileChecksum: SHA1: 8b4aceaf2fc3265c3d0257cdba12e61d7dd753d2
FileChecksum: SHA256: aed7afbe07d2ba6451f6c500b8bf0a1bd58e4b1a587b1c041f624cbab0290a04
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_fdcan.h
SPDXID: SPDXRef-File-stm32g4xx-hal-fdcan.h
FileChecksum: SHA1: 09de2e9762abb07c85d96b847e358f1b00463947
FileChecksum: SHA256: cb1547de934790c6d8935ea798622ce1b4adee6dbce707e283f3749e1ff747fe
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_flash.h
SPDXID: SPDXRef-File-stm32g4xx-hal-flash.h
FileChecksum: SHA1: 5510e2743f27f416222fcacc95abb387a398c37c
FileChecksum: SHA256: 68c8fcb45ed10b2e3315373dfe99d2dbc1b8e20f6dcecb36b09b126228807e41
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_flash_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-flash-ex.h
FileChecksum: SHA1: 2a28720e949e90f57d3c079a35a0b803c1143837
FileChecksum: SHA256: c3654ec6047b721ff239cb54da52bc10b88f59e6a12eee9a3dd579846bf7d440
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_flash_ramfunc.h
SPDXID: SPDXRef-File-stm32g4xx-hal-flash-ramfunc.h
FileChecksum: SHA1: 247127e22641a1c84ace66501e6ed40b749284fa
FileChecksum: SHA256: fbdfced929dfc9b82009e660eb0a3c74e7aa55a716e3727bcde05e840dd9979c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_fmac.h
SPDXID: SPDXRef-File-stm32g4xx-hal-fmac.h
FileChecksum: SHA1: 2f5f0ecd699564c6911473964ce5b08da29bddc9
FileChecksum: SHA256: 903e3665089cdfb5725b12203524cada8a708670db8a96d0ac57beace6356965
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_gpio.h
SPDXID: SPDXRef-File-stm32g4xx-hal-gpio.h
FileChecksum: SHA1: 971fe1de5c152acfc166a844b6aa1460cb265b15
FileChecksum: SHA256: cb7daa32d701ec15823df96facb3debcabd6e2bc12bc4658b9c430e460230dbb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_gpio_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-gpio-ex.h
FileChecksum: SHA1: 0139cebca56a5baf8470fb4306e43807e8058aeb
FileChecksum: SHA256: 8c6e5e3a76cc2f46539be03fe13ab4b03e7b2f5d5703eafa73762b3f1a21a310
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_hrtim.h
SPDXID: SPDXRef-File-stm32g4xx-hal-hrtim.h
FileChecksum: SHA1: 1f9103d34318c7883ace10211ec84554ef90fbd1
FileChecksum: SHA256: d60b62093a7a9acec9239ade281b3f9cd50c71b82ab36e2a7c2e2fc8fbb6c3d0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_i2c.h
SPDXID: SPDXRef-File-stm32g4xx-hal-i2c.h
FileChecksum: SHA1: 0fa35cb420361e4a4541c7862329836e40301dd6
FileChecksum: SHA256: e18cc6af2a2d867fa57236c0e899edf2b7da1ac1f36285257ecf3f3b5d72767f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_i2c_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-i2c-ex.h
FileChecksum: SHA1: f8c44becf71eee8dcd0b477295d54896a4445510
FileChecksum: SHA256: 3795bab260b2b8de0ae26658f9522f83e25b3fa11c0bd2fbe6a393e56907a69f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_i2s.h
SPDXID: SPDXRef-File-stm32g4xx-hal-i2s.h
FileChecksum: SHA1: c33df39e17f0320c78eb586685d2db3b98818d1b
FileChecksum: SHA256: f0ce4a48a9b0332a4cf7fac1bc3458e1374ab96a84c8ac5a322e6dfdaa7b3e32
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_irda.h
SPDXID: SPDXRef-File-stm32g4xx-hal-irda.h
FileChecksum: SHA1: 239524fd72dc5f1c290959e44aa72a6bf7bf92ed
FileChecksum: SHA256: c2c98b96814fce8a19703b2b8f4b4ec93a83c7f1ea30da8454c726c35ece1771
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_irda_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-irda-ex.h
FileChecksum: SHA1: 9aa50357140bc4eaf2696551055277c4ff99b566
FileChecksum: SHA256: c9a31097e70bfb9608bbb6d3243c551838e5b432d706c430c11f5756c1220a45
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_iwdg.h
SPDXID: SPDXRef-File-stm32g4xx-hal-iwdg.h
FileChecksum: SHA1: d5618ddb50033c5756a8f06c020acf8e864c1312
FileChecksum: SHA256: ee6c54e4e6b9d775e29260fe2f9832381ecb25f064cbfdbd2ce1fd7c3db10a20
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_lptim.h
SPDXID: SPDXRef-File-stm32g4xx-hal-lptim.h
FileChecksum: SHA1: e2f0adbfba8e736c367691b6e394230754760710
FileChecksum: SHA256: 7cfc4a92f6bea70568a521a9b4ab4e4a8ef85af118006b58d731862a5aa74478
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_nand.h
SPDXID: SPDXRef-File-stm32g4xx-hal-nand.h
FileChecksum: SHA1: dadbec5d86cf47d32809b28b5a428eceb8e47bd3
FileChecksum: SHA256: d5db565cd9c8c7465413d72587b48567681707c72e1da37c6bfdf5af19492f1b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_nor.h
SPDXID: SPDXRef-File-stm32g4xx-hal-nor.h
FileChecksum: SHA1: 0802013ff0a8a62e0f30c0459d7ea4ad86ae76e5
FileChecksum: SHA256: 8cbeab08c5c2f76bcb231d18aacda50996dc66368148905e1453d496dec27d96
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_opamp.h
SPDXID: SPDXRef-File-stm32g4xx-hal-opamp.h
FileChecksum: SHA1: a3ec9b70822e90a9c75d77fe67efb9813493b0ec
FileChecksum: SHA256: 57a5fdc4537f5b5e505deb8c19f9d4a7f4abe6336d275e99930bd35b39f97f3e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_opamp_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-opamp-ex.h
FileChecksum: SHA1: 7aefecc2e023f770fc401e2826d4f23b25d41d88
FileChecksum: SHA256: 06dadd7197c6ca9da9273b79f8f3cf5c197af14c9b09c39787e91b36bcb14fb2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_pcd.h
SPDXID: SPDXRef-File-stm32g4xx-hal-pcd.h
FileChecksum: SHA1: 56fe64c345fb0e751eeaa5c67a95c806a667275d
FileChecksum: SHA256: 463e12792585f0668a91af877672bb3860e70f7453e54e9482b2a011dcaba03c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_pcd_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-pcd-ex.h
FileChecksum: SHA1: 9b37d6bed7617f06a54e9f3feb2584bda27f94ec
FileChecksum: SHA256: 930b32bd7e20167f851b347d1a334e079cdd357e6f0d105b395dcbc2e3293334
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_pwr.h
SPDXID: SPDXRef-File-stm32g4xx-hal-pwr.h
FileChecksum: SHA1: 11af269794f786bca2b072e5f864c8d7e209842a
FileChecksum: SHA256: 160130ae212101954a13383492841e9c5076b12093887f3edd09af4e92fe13ce
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_pwr_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-pwr-ex.h
FileChecksum: SHA1: 571ceb1ec6608071782f5d41d7683aafdd37f4bf
FileChecksum: SHA256: 8a9d1c19aabdc1d47ddff435b3eb5ae9718b4d2d8c4a579489e2f5dfbe3c0a5b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_qspi.h
SPDXID: SPDXRef-File-stm32g4xx-hal-qspi.h
FileChecksum: SHA1: 39dd6c13b67276c7324f0fdcd28558c3d654c189
FileChecksum: SHA256: fed0fff130755d7524981ea9bb342377dc5d1b0eb63d12153f98541999e49d6e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_rcc.h
SPDXID: SPDXRef-File-stm32g4xx-hal-rcc.h
FileChecksum: SHA1: cc92c735379a1d7e2e8fa4671e285f5e8a7008c4
FileChecksum: SHA256: 1c64a76a1f43b9127a137807077a5c715c7ee391a0acfaf2573e586cd2778651
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_rcc_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-rcc-ex.h
FileChecksum: SHA1: 47c21f9f1cc54a003b20086886dc8d8621a5b028
FileChecksum: SHA256: c8ba12314d7de36702c36e9697efdf97fb3c73a3bb13b89174c82da101c8388c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_rng.h
SPDXID: SPDXRef-File-stm32g4xx-hal-rng.h
FileChecksum: SHA1: bf5fdc324e52fec8755945c2d336293aced25570
FileChecksum: SHA256: e9f722b771140060d9f3f3ce83ffbb7c0cc58971cf809a2f1eb96e5f9e2c8365
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_rtc.h
SPDXID: SPDXRef-File-stm32g4xx-hal-rtc.h
FileChecksum: SHA1: 0848b88bef1a35ee88661b44319119dfbe11a1cf
FileChecksum: SHA256: ed3d96e5ba12463329530fd6308a67ced4ad2f127e1f464ca68ffc7c8a90ebe1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_rtc_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-rtc-ex.h
FileChecksum: SHA1: 9e4570db6eab3a13a34bdb31a880038480f1c914
FileChecksum: SHA256: 34344d362badc7974a2fc4785b86f8989d2fd6bd62b794b7b1f3889a5e93338b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_sai.h
SPDXID: SPDXRef-File-stm32g4xx-hal-sai.h
FileChecksum: SHA1: c0b3a0f610c493e3943229ba10de9069d6953b87
FileChecksum: SHA256: 0cebb6bed2f098929d53bde77669f79058dee778cb49c32a1b72d2bcc57e18e7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_sai_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-sai-ex.h
FileChecksum: SHA1: 45ee168cfbbef4a22d973d16a55c96714811120c
FileChecksum: SHA256: 5a2590050e991947d125d7b344c1b69483e2a931eb5d06a22b6bf6bc151a8324
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_smartcard.h
SPDXID: SPDXRef-File-stm32g4xx-hal-smartcard.h
FileChecksum: SHA1: adf7268ee281e2b2bf316d1b002045d0e0012145
FileChecksum: SHA256: c3563e82d441ff4d77e0b4727c7d22926db1c40e781e98f8ac797db434576c81
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_smartcard_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-smartcard-ex.h
FileChecksum: SHA1: 2a65841602ee6b64f95fe314e2c949bdf6a5e915
FileChecksum: SHA256: 196401e70e1fe70db8082a2e2979067c5c23d860f1ac60114411cb0cb119365f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_smbus.h
SPDXID: SPDXRef-File-stm32g4xx-hal-smbus.h
FileChecksum: SHA1: dc18f7ef4db59e0093c321b2a2058f4eb380d976
FileChecksum: SHA256: 32d9e4b34f2e4513b5092f128336235ba1f998482fa6b96c03bbf40045dd2ccc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_spi.h
SPDXID: SPDXRef-File-stm32g4xx-hal-spi.h
FileChecksum: SHA1: f51a106fc8a1807a01906f6f7c54155f378532f3
FileChecksum: SHA256: 52edf042cd02949b0497c1c7dfd12ba3cf6e9ac051d8ae508d7235dbee697ab5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_spi_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-spi-ex.h
FileChecksum: SHA1: b2364a1180a72c518fd7dffc6cc8a40b5af064d3
FileChecksum: SHA256: 23bea832a1590c3dea25eb17335dff04cf5a3bb20d3ec97ee5aafa9febae5ce7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_sram.h
SPDXID: SPDXRef-File-stm32g4xx-hal-sram.h
FileChecksum: SHA1: 8fd91a7150a9f93d771a1abec3ff69c77706683f
FileChecksum: SHA256: 4c6c6b3a1c1eb7a6b0d415bb916d60868a763f25b305335c50dc1fad24e76907
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_tim.h
SPDXID: SPDXRef-File-stm32g4xx-hal-tim.h
FileChecksum: SHA1: 2df6fd2530f46445cabbf5a31d80f020633461e6
FileChecksum: SHA256: 2de109dfccf9ba8f40755013ebbf9c1cb7fbd167c5e5abddcbd8ee53e60e8fe3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_tim_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-tim-ex.h
FileChecksum: SHA1: cdf00d3d8a602a153b19efd114be23ba547537aa
FileChecksum: SHA256: 7907a6942dd4622181b92eed788364b6335466e68f7abb08d3e599f47c819835
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_uart.h
SPDXID: SPDXRef-File-stm32g4xx-hal-uart.h
FileChecksum: SHA1: 4af21dfffb7cf6ab19e712754cfdb8bce30fe693
FileChecksum: SHA256: 2a90af7e5743222b508a63de858dd3e169394d167af8601c7d3600b130cdafef
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_uart_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-uart-ex.h
FileChecksum: SHA1: ad04598a99ecc738b4ee1a4486e3c4d0f36ff8ce
FileChecksum: SHA256: 7f2eada45bc594ef0b5503e310acfe991c770840c0ebdd8508fa13179b4456ca
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_usart.h
SPDXID: SPDXRef-File-stm32g4xx-hal-usart.h
FileChecksum: SHA1: ee9fe945ad7d8ce9f8cbd0402d12d1291fa91cf0
FileChecksum: SHA256: 100e5b684bd42d80710b3ae76c3fe459b311841a0ec617b2e87ef139ea03c898
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_usart_ex.h
SPDXID: SPDXRef-File-stm32g4xx-hal-usart-ex.h
FileChecksum: SHA1: d4e17ebdb4b902c25b4cacbfde66794a98abd8b9
FileChecksum: SHA256: 8d31b5987a2ca3f70619d89b38e1e43de5f5839a1da734299958683f669e73de
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_hal_wwdg.h
SPDXID: SPDXRef-File-stm32g4xx-hal-wwdg.h
FileChecksum: SHA1: 8ef47a388ea495bc1e29f921c50f2e442d50ff46
FileChecksum: SHA256: b56e0adb44224fc0391e064e86fae258a170caca6e6981376a66a0fe800e3c0a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_adc.h
SPDXID: SPDXRef-File-stm32g4xx-ll-adc.h
FileChecksum: SHA1: 6ef1c76210de4a7ebe4adba874c67a7bea8395fb
FileChecksum: SHA256: 4bb777a8391918a2c961b5f58d221608c7d5667c8b48c2c803c43779553909af
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_bus.h
SPDXID: SPDXRef-File-stm32g4xx-ll-bus.h
FileChecksum: SHA1: e19e8f25bb03508da5b7b57bcc75dd35d42b5d63
FileChecksum: SHA256: 0026599db54000832e4ec07a4ca304e5a0f5c48f10ddf8eb1f98f670edf149a4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_dac.h
SPDXID: SPDXRef-File-stm32g4xx-ll-dac.h
FileChecksum: SHA1: 0ebe313eaad0b3983d111c0620d5a78648d50503
FileChecksum: SHA256: 322fcbc0c45599c4700dda583e7c219b2019a756a0bc897bf119c7946054eadc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_dma.h
SPDXID: SPDXRef-File-stm32g4xx-ll-dma.h
FileChecksum: SHA1: 4559f31ea9495804cd1ddf3d8fb745cf84eec9ee
FileChecksum: SHA256: dc4befd9a2c81d319549c629f1f7bf33fc9a3c1e2085ae2769acec03a927b7eb
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_dmamux.h
SPDXID: SPDXRef-File-stm32g4xx-ll-dmamux.h
FileChecksum: SHA1: dbe7f6d2aa75b8c4766c4a46caaeddbaf40029ab
FileChecksum: SHA256: 0e8a414bcbf29be10d0331d7e3467c00d9d12bb1bfb532026d83c098224a0f4f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_exti.h
SPDXID: SPDXRef-File-stm32g4xx-ll-exti.h
FileChecksum: SHA1: 72944a7e4cfec0549ed3606e78ab5b55244d5417
FileChecksum: SHA256: dd73f27256b637aaf673dbcfd8df08f8e9dbf91d619c2e304fdb39a3b9bfb620
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_gpio.h
SPDXID: SPDXRef-File-stm32g4xx-ll-gpio.h
FileChecksum: SHA1: ba6ab86cd84d74acbeacd48207115c6079d3fdd6
FileChecksum: SHA256: d0e75446eedb8754d0db49e6160227cb73688d701b95d00c7892646235509050
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_iwdg.h
SPDXID: SPDXRef-File-stm32g4xx-ll-iwdg.h
FileChecksum: SHA1: c9c05a0ff4554ae56c506ac4962440c7310fa17f
FileChecksum: SHA256: 84477e35c88dadf133aa39b917a98f09622f9cb2dc78358cc13baab4070224e6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_lpuart.h
SPDXID: SPDXRef-File-stm32g4xx-ll-lpuart.h
FileChecksum: SHA1: daab334e792b8b0235e96a7e67ecf442a88fd1e3
FileChecksum: SHA256: aa9ae9bd29059a93bcb4bffb56f98e4be72d94540bbd4581d1cfc75928631a30
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_pwr.h
SPDXID: SPDXRef-File-stm32g4xx-ll-pwr.h
FileChecksum: SHA1: f1a8ed8431d2ed97e6e1c7a1096aa03dc4c6d1b3
FileChecksum: SHA256: 088dbbe1b07befbdffe854482e78aeb567ffa9024c708355ff6558d50a0646c2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_rcc.h
SPDXID: SPDXRef-File-stm32g4xx-ll-rcc.h
FileChecksum: SHA1: 999266d8e3f8a772b26225c8ce1e53c52d65d3ba
FileChecksum: SHA256: dc063ce129bd83c3d978cad968680c789f6376f5c9fcf7daa5532a7cb0781eaa
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_spi.h
SPDXID: SPDXRef-File-stm32g4xx-ll-spi.h
FileChecksum: SHA1: 840cc14697d5febccfb7e2f51da222583991577a
FileChecksum: SHA256: 05dd933641d6383aa364af477e544ffee4a2b02e88909d9466acd5872edca803
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_system.h
SPDXID: SPDXRef-File-stm32g4xx-ll-system.h
FileChecksum: SHA1: e45cc80aca6741ba4f5e7ec7c480c19cd437a963
FileChecksum: SHA256: 6fc0c9804d80ef27fcde1cf675b8e2cd4b51956aba85555a596d39de3d107f6a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_tim.h
SPDXID: SPDXRef-File-stm32g4xx-ll-tim.h
FileChecksum: SHA1: b46f053b2d4845312354c32e679311f47c18ef94
FileChecksum: SHA256: 1dae83968f365d92d8967aa16cd1b80a11340ccbf8722a6864553d63d88b19f7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_usart.h
SPDXID: SPDXRef-File-stm32g4xx-ll-usart.h
FileChecksum: SHA1: 9d78bf5f99cd9fccf07cf027a3adf9d3145c93bb
FileChecksum: SHA256: d152d281a948d2fd276c7db77029bcbdb9cccebc166f51faa40161e9679b83df
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_usb.h
SPDXID: SPDXRef-File-stm32g4xx-ll-usb.h
FileChecksum: SHA1: 7c976ade80f4c303c4ebf575d394df1ddbf23150
FileChecksum: SHA256: 0b3eb5e7efa3e0d86f103b8c744d2617b0f442cacb028749ca63dc261050968c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/include/stm32g4xx_ll_utils.h
SPDXID: SPDXRef-File-stm32g4xx-ll-utils.h
FileChecksum: SHA1: dd26e1269d0db0782e2ba8ce8520f6f719565444
FileChecksum: SHA256: f5789a6fd0b3177364eaf16b12a538d3aeb366f2d28fe80b4a4cf01009795617
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/src/stm32g4xx_hal.c
SPDXID: SPDXRef-File-stm32g4xx-hal.c
FileChecksum: SHA1: 67707a29789f480431a7ab373353abf77d6df316
FileChecksum: SHA256: a20c5a59f7a19a2ed50e3d2e57beeb6b7199373c6f664ea739413397995fb5ff
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/src/stm32g4xx_hal_rcc.c
SPDXID: SPDXRef-File-stm32g4xx-hal-rcc.c
FileChecksum: SHA1: 9a22fa1fbddea1c991dff850d527421ecfdcdd5b
FileChecksum: SHA256: edcfbece416f4874e943fcc9fb954f69e00b1ede9d6a87620efead7768dcdef9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/src/stm32g4xx_hal_rcc_ex.c
SPDXID: SPDXRef-File-stm32g4xx-hal-rcc-ex.c
FileChecksum: SHA1: 09732aead736799c65201a35ea842d8ba094a474
FileChecksum: SHA256: 8d3ead94be15932200f8fb4ac8f163a7a8abc48f599d1c1dfa07fcd47ac4ad12
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/src/stm32g4xx_ll_rcc.c
SPDXID: SPDXRef-File-stm32g4xx-ll-rcc.c
FileChecksum: SHA1: 3f4fe36e99cae019d5a8a44b27041fb9f1eec2e9
FileChecksum: SHA256: 92e88a0ec5df0e3ac49655e0d89e3caf75a626cb618327362031d4fa4d000608
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/src/stm32g4xx_ll_spi.c
SPDXID: SPDXRef-File-stm32g4xx-ll-spi.c
FileChecksum: SHA1: b9db4d5c9ec8cf15fc202b9ecf6ae7a9eb8f6e21
FileChecksum: SHA256: f940a33aa8c1ccf648a84186b109e5a0543085d056628ffe1293954aac05ed83
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/src/stm32g4xx_ll_tim.c
SPDXID: SPDXRef-File-stm32g4xx-ll-tim.c
FileChecksum: SHA1: 2a731bcac8d7e90960ee5806fce973bfea9bc228
FileChecksum: SHA256: 33478f8b1858b1ce7a31e0ff5b7716deb3dd3359a50f281c0f4e25cbd622ccc6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/drivers/src/stm32g4xx_ll_utils.c
SPDXID: SPDXRef-File-stm32g4xx-ll-utils.c
FileChecksum: SHA1: b669d3676be7bbb75f6a59d697b1e95f850801d9
FileChecksum: SHA256: 6460f91812d60563408eb1fad977ec75b2638ea53afdf8989a2d0fbe56029c6c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/soc/stm32g431xx.h
SPDXID: SPDXRef-File-stm32g431xx.h
FileChecksum: SHA1: 5afd5487a59258dc4e250516e42a9e3512749b50
FileChecksum: SHA256: 17f9ffe9e25c46cfa7121f216ea0fcdca3288df9cf24daeea7c00182d99074e3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/soc/stm32g4xx.h
SPDXID: SPDXRef-File-stm32g4xx.h
FileChecksum: SHA1: 8d4d030f512c0c351e002dcaebc8817c973f5e00
FileChecksum: SHA256: b20d6af22de9aa1a269a689114e4f21f9c96d5f7713dfdda30be07170c85507d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/soc/system_stm32g4xx.c
SPDXID: SPDXRef-File-system-stm32g4xx.c
FileChecksum: SHA1: 259bac65dd6452f1312a2deb56c85150a53b9b44
FileChecksum: SHA256: 475467136ea705109301c78f0468f6407599d35933f18c5f73a3e0827377a6f1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/soc/system_stm32g4xx.h
SPDXID: SPDXRef-File-system-stm32g4xx.h
FileChecksum: SHA1: 08f54d2692ec17c443da639ccc5a0d787f559b09
FileChecksum: SHA256: 01af428271679772f689b5fcb081e0d2ffc06270de545efc5af68d8eeaace9a1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/__aeabi_atexit.c
SPDXID: SPDXRef-File---aeabi-atexit.c
FileChecksum: SHA1: aa87a67efa87a7fafde79b823e420ead45f55fd0
FileChecksum: SHA256: af2acadb0576eba24813cb169d5d438c664cb12faecdf8abeb912dfeb61dd713
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/cortex_m/exc_exit.S
SPDXID: SPDXRef-File-exc-exit.S
FileChecksum: SHA1: 380c4d4848a790fab057663fc16c2d6ec4e947b4
FileChecksum: SHA256: 126fd4869f3030922e4601ab588a5217a0bc32b68f6d55a4e478e6cd1f76a6a8
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/cortex_m/fault.c
SPDXID: SPDXRef-File-fault.c
FileChecksum: SHA1: 8087a1216ef8c4494c6b26ec71911f86175a670a
FileChecksum: SHA256: 2aaa301ce097c82e4e8d4a925bc910a53e09bd3c177af5cd3325a03b22dfe967
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/cortex_m/fault_s.S
SPDXID: SPDXRef-File-fault-s.S
FileChecksum: SHA1: 4d55954342460c71140c8b76ee04b4f1d6a3bfb0
FileChecksum: SHA256: 025c06d95771afc2796c45efe94c4b09534ec90d0464bd78fb4edfad47b49995
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/cortex_m/irq_init.c
SPDXID: SPDXRef-File-irq-init.c
FileChecksum: SHA1: 2799a96ead319d4d4d053e467041d34bb85dbf85
FileChecksum: SHA256: 62c35db8010c28ce3d977f1c689370e82f6b36cb044a4b306a73147fbf04037f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/cortex_m/reset.S
SPDXID: SPDXRef-File-reset.S
FileChecksum: SHA1: 4111ceb65d313bb443bdab96554c2aa8fdd9d90d
FileChecksum: SHA256: 6ad5a4031dc99abd38933fdefe1d16d5eb530686b5d3c6fb517038156e3b09de
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/cortex_m/scb.c
SPDXID: SPDXRef-File-scb.c
FileChecksum: SHA1: 0a163a023ad48115a8f1802a293366268c04952e
FileChecksum: SHA256: fd4f233e826e7b9e40a845c56f946c2ea57cd8e5f5fcd70b30f6975adf553fd3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/cortex_m/thread_abort.c
SPDXID: SPDXRef-File-thread-abort.c
FileChecksum: SHA1: 3154b2af6d3aceff4f6dbc6fff226dcbe6ab7f7b
FileChecksum: SHA256: 4b9b4fa879d2d60e77b758a3a5353d07400f358860365b9c9d5666f69a9facf6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/cortex_m/vector_table.S
SPDXID: SPDXRef-File-vector-table.S
FileChecksum: SHA1: acb271a0856ac9e44efeebd305462ab85b978a33
FileChecksum: SHA256: 87cd0b07ac3b397dcd72b80fafa6424a476a75da055bc4359bb5d6453b63771d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/cpu_idle.S
SPDXID: SPDXRef-File-cpu-idle.S
FileChecksum: SHA1: f750a8241512a4264877b75d2cd48d25196bd8fb
FileChecksum: SHA256: dafcaf33098a5946055dc925e5ab89af38b58cc017a34d12747e405d383566ae
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/fatal.c
SPDXID: SPDXRef-File-fatal.c
FileChecksum: SHA1: 47d5f7fc4fdd361bb936df51c2d8bdc5f8aa8484
FileChecksum: SHA256: d39e2949f278a302005c2d72a5b648bb3867eb3f95bfc8fb28e71ba77c00754c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/irq_manage.c
SPDXID: SPDXRef-File-irq-manage.c
FileChecksum: SHA1: 4f6a259d8b55604fec7abfc3dff064e7a495bf77
FileChecksum: SHA256: a699bf0c953c0cac52cee931d9d9caf8f4c6a3f8e9f7b6e3010d03ca819639e1
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/isr_wrapper.S
SPDXID: SPDXRef-File-isr-wrapper.S
FileChecksum: SHA1: 9fb3d9f7a893cdb3e1bcd0e87eedcc53d3775f4b
FileChecksum: SHA256: a83026e38ce1639771144f45c6bdbd4a4dac7368c951941caabc468871c0026c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/mpu/arm_core_mpu.c
SPDXID: SPDXRef-File-arm-core-mpu.c
FileChecksum: SHA1: 43895e11fa94bca84a1f8a5d1e008e3af519713c
FileChecksum: SHA256: a99ad7dcc2edaab6c6801800833c167878b1dc68e43ab49f0c33d3966381cb52
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/mpu/arm_core_mpu_dev.h
SPDXID: SPDXRef-File-arm-core-mpu-dev.h
FileChecksum: SHA1: b597a43a6873c90d50c7b7cdc10d1eea7ec744ea
FileChecksum: SHA256: 2ca8671514568582cef87ccc897dfdab2160aa8bc2728351cfa08d1b20c7beca
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/mpu/arm_mpu.c
SPDXID: SPDXRef-File-arm-mpu.c
FileChecksum: SHA1: 9f1279dccc77b65249612cf016505b9c442c952b
FileChecksum: SHA256: efe35c527b536ba3ab13c45f55666da778688512b414bd78b3b4ee2a3f29d770
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/mpu/arm_mpu_v7_internal.h
SPDXID: SPDXRef-File-arm-mpu-v7-internal.h
FileChecksum: SHA1: 4fdd87336d5e2cebb352bb1a51a82b6df10848fe
FileChecksum: SHA256: fd5a02fae85aaf4db7be8f60d1ffcdacd25d9217306663f14f2f346a159bf2e2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/nmi.c
SPDXID: SPDXRef-File-nmi.c
FileChecksum: SHA1: 8832a1795c41e8d289b564993098009b941c0729
FileChecksum: SHA256: 49d936a94cf4dccbff04e02bb17bc45d9cfa822eb0f517948587f10fe013aee0
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/nmi_on_reset.S
SPDXID: SPDXRef-File-nmi-on-reset.S
FileChecksum: SHA1: eb548facff6d4ae7624162e14b4e5d68b6a3fc80
FileChecksum: SHA256: 78b8d922fc0e090bd6691ba926535ee9d151348bc9f0e430f806c47a60047b98
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/prep_c.c
SPDXID: SPDXRef-File-prep-c.c
FileChecksum: SHA1: bc6b097826776286068c00d7c2e2c859ac2a1657
FileChecksum: SHA256: c1dc2f6f81bb73f634fc077c9b74ffd3617a68271a5dd3103e823e3051e3d38c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/swap.c
SPDXID: SPDXRef-File-swap.c
FileChecksum: SHA1: 301cdd8009de3b8c7afb006f0eecc23a1f4ba9f2
FileChecksum: SHA256: be11e825c9a78d55e596fab3d29fc614eddc31484cf1ed50184d65aaf0eb0aa7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/swap_helper.S
SPDXID: SPDXRef-File-swap-helper.S
FileChecksum: SHA1: 6b2deb35420261b6a35fa16309d4570bfcead02c
FileChecksum: SHA256: 2abbe03ec2c43e47bf82b01c3386c6946251a3a5e9837a0efceb350509604ce6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/aarch32/thread.c
SPDXID: SPDXRef-File-thread.c
FileChecksum: SHA1: d6b3402cff20367b0c0eedfe485583efe29a5320
FileChecksum: SHA256: 513a3339c23b4b8019370234544e67e283695ad72effd9a941a58902b8537c6b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/offsets/offsets.c
SPDXID: SPDXRef-File-offsets.c
FileChecksum: SHA1: 177f696ca0e4a0ea3493d513a04f4980ebfc00fe
FileChecksum: SHA256: 187ae52b0c651f4030463161d50b55af702112c9199c4f1c901384dfe5f115d9
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/core/offsets/offsets_aarch32.c
SPDXID: SPDXRef-File-offsets-aarch32.c
FileChecksum: SHA1: 52e21c16f288a879473baa661d7260d654c716c2
FileChecksum: SHA256: 1a73a0135de92f5937d5882c152753b682311f10cf738a498d8954aa86c1ee75
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/include/aarch32/cortex_m/exc.h
SPDXID: SPDXRef-File-exc.h-2
FileChecksum: SHA1: 27adf913cef1071014dd789ce3d5fe58329e5bf7
FileChecksum: SHA256: a1e7b475f78e127f16ff7dcb414c5db92d480e02d6bdf49e9eb9c2a38bcadf45
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/include/aarch32/cortex_m/stack.h
SPDXID: SPDXRef-File-stack.h
FileChecksum: SHA1: 17b515baa693bbdb755d1d3b74fcc3954850b797
FileChecksum: SHA256: 38d3658a223288fe1628630472695b44d96f6e54e27c0e2a1b71bdf240375240
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/include/aarch32/kernel_arch_func.h
SPDXID: SPDXRef-File-kernel-arch-func.h
FileChecksum: SHA1: 531ca148fde1ac62ef3872da13d01ef9baf3f690
FileChecksum: SHA256: 5062b2b64d50890b2d18ad5400391c0e145eb9e7146fbb5fa12a7c6dbe59a8e7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/include/aarch32/offsets_short_arch.h
SPDXID: SPDXRef-File-offsets-short-arch.h
FileChecksum: SHA1: 2ade105e4007bc82b66778e1b0afc8efede13633
FileChecksum: SHA256: f9fe333cb2e9420a7b9b0c2ea8974e857df83e7ef829cf27235594f0dfe21562
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/include/kernel_arch_data.h
SPDXID: SPDXRef-File-kernel-arch-data.h
FileChecksum: SHA1: 70a74543dd1895be8980e166e1489309e67b88ea
FileChecksum: SHA256: 44fd526c0fb39d69df01bc9e7d84a76f89e53701d82c2490a815108cf05d3478
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/include/kernel_arch_func.h
SPDXID: SPDXRef-File-kernel-arch-func.h-2
FileChecksum: SHA1: 4588ed68c98baf39b2015d6e1ef41ddc779795cb
FileChecksum: SHA256: 12af68144c7bcc8ba34658acd02afe28400a55e94b586cd9384208a0f0fb258e
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/arm/include/offsets_short_arch.h
SPDXID: SPDXRef-File-offsets-short-arch.h-2
FileChecksum: SHA1: cfa2b8ad1dfaa6ecd8507191d08df78c572c360b
FileChecksum: SHA256: 8d789825e2831651e06b4f70f61809ac5999b65b40ec6c6061315694b2a4ab66
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/common/isr_tables.c
SPDXID: SPDXRef-File-isr-tables.c
FileChecksum: SHA1: 1801ef5422b4f67a4ea93964362fc85b6658b0c2
FileChecksum: SHA256: fc9fb3bb5e9495db122eede79a96afd8775ce9ef4e3ab8e6f67571aba8085b1c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/arch/common/sw_isr_common.c
SPDXID: SPDXRef-File-sw-isr-common.c
FileChecksum: SHA1: 296278d742b98b575cf163ebc22de68a75b39bcd
FileChecksum: SHA256: f0733f76622db8c6353af1a7bce42b384fc7030bef1c240d5acfbef3af337ef6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/can/can_common.c
SPDXID: SPDXRef-File-can-common.c
FileChecksum: SHA1: 9dbd969a29c601faa4509691b8aa4490e2aa2485
FileChecksum: SHA256: e2a55d26896700134245ce6048d3cef8ff6a411a664f100338624dd9eed9d9ef
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/can/can_mcan.c
SPDXID: SPDXRef-File-can-mcan.c
FileChecksum: SHA1: df6e25eec97fc76044658758760950048b1d2d33
FileChecksum: SHA256: 54527ce59b8bba974f1e3a82bf91807d9b24fa62b5953baa23ebf739b6c7bcb9
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/can/can_mcan.h
SPDXID: SPDXRef-File-can-mcan.h
FileChecksum: SHA1: 0ab59d57e6d97a577d1e66290763a3e7717d4f04
FileChecksum: SHA256: 1ac04b133e0d66078a43b906b8b9b1d2c8e2616928cb18d66df1ea4ef9004cf2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/can/can_mcan_int.h
SPDXID: SPDXRef-File-can-mcan-int.h
FileChecksum: SHA1: 6291e94fa512bee708d63a15589bfd07f48cf7cd
FileChecksum: SHA256: e9fb5a76d96647a07d9071b9b2b05697b92eb9e2467f6e88b217b415cfab9f7b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/can/can_stm32fd.c
SPDXID: SPDXRef-File-can-stm32fd.c
FileChecksum: SHA1: 415fd155dd20071e89482956433ee322de141387
FileChecksum: SHA256: 831a5d01b6226c1903b3087a99836a941e5a85699370c15b4b189c36dd4f756d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/can/can_stm32fd.h
SPDXID: SPDXRef-File-can-stm32fd.h
FileChecksum: SHA1: 455f67db6b019d077d855e73099109f7183e6e89
FileChecksum: SHA256: 122b4c659a68a6d87491d5bf97cd12641132a7bb095cc05a7d268447e8729864
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/clock_control/clock_stm32_ll_common.c
SPDXID: SPDXRef-File-clock-stm32-ll-common.c
FileChecksum: SHA1: d839e4fc0bc92016e35f528e48b7bda151fa0cb4
FileChecksum: SHA256: ca897e29f04b9d1e21c7c8a4254cbd36c77c124723fdd3ffb01db983180fa6c0
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/clock_control/clock_stm32_ll_common.h
SPDXID: SPDXRef-File-clock-stm32-ll-common.h
FileChecksum: SHA1: 29c3ba4e453c69393082684c172a9b98bdfb614c
FileChecksum: SHA256: 75286800cab9f49dd0b38e70bf1bf158573cb9fe7cf451a512a189bc9b58c03d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/clock_control/clock_stm32g4.c
SPDXID: SPDXRef-File-clock-stm32g4.c
FileChecksum: SHA1: 15d099cdf85a714d83895bf562781f59ec2e6b06
FileChecksum: SHA256: 294c8157bfd9ee1e70a2b4ddca20d8ce179919d1b622467fc27fa29ed67cc4f5
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/console/uart_console.c
SPDXID: SPDXRef-File-uart-console.c
FileChecksum: SHA1: ac665698f63b44e1d14f42594e308f44a41a2ac4
FileChecksum: SHA256: 27ea1708b9b7bc004911a1f35a2a56d768ae93e52d45a69b3911049f4db5e3f5
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/flash/flash_page_layout.c
SPDXID: SPDXRef-File-flash-page-layout.c
FileChecksum: SHA1: 8a8a8c86c590b04e5abd9be2ce63c5a2b802f098
FileChecksum: SHA256: 20a18fab3caeb068ec7bfbb0dfee245975fc6879e935e71b12e0e23162baa9b3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/flash/flash_priv.h
SPDXID: SPDXRef-File-flash-priv.h
FileChecksum: SHA1: c0f4990973ae4a7bc6912247245f7426cfecb134
FileChecksum: SHA256: 2b53a59738e5208a8712b4f14df8ecfd4601d954fdfc36e051cf1bbb123e2c55
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/flash/flash_stm32.c
SPDXID: SPDXRef-File-flash-stm32.c
FileChecksum: SHA1: 19dae2e7149006f669328cc1af9686e467e1b726
FileChecksum: SHA256: b01407166c038cc1e4e52ee3eea5a44a84800951a127c49a65d3d877ce720589
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/flash/flash_stm32.h
SPDXID: SPDXRef-File-flash-stm32.h
FileChecksum: SHA1: edfbd39aa3f30a91a7964c2101b4664047e8f845
FileChecksum: SHA256: 6820a1a91320d5361dced9f1aab4888c9f655fe2d9924027fb9210797a92d0e6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/flash/flash_stm32g4x.c
SPDXID: SPDXRef-File-flash-stm32g4x.c
FileChecksum: SHA1: 3394c90ff236855ee013417d99b4d312dd6c8f1d
FileChecksum: SHA256: f06770c753dfc905c6018a1701defe108f01c9482051af57c0c9adbbe03dce2a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/flash/jesd216.c
SPDXID: SPDXRef-File-jesd216.c
FileChecksum: SHA1: c42ce3a861aea5203c06965cd9ef3764e91f1770
FileChecksum: SHA256: 282a4d2e0486b2831aa77f6749637d4a6d5e3ca090a28f4bb0c1936acbc91489
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/flash/jesd216.h
SPDXID: SPDXRef-File-jesd216.h
FileChecksum: SHA1: b7094241615d1c38e03655da51cdc1aa3c395434
FileChecksum: SHA256: 4f6cb2ea5ba1b2acf013e6ecc1fdd627ec74c05931ab4fef4ea68ff83aae5922
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/flash/spi_nor.c
SPDXID: SPDXRef-File-spi-nor.c
FileChecksum: SHA1: dd3e35222dacb413d1fa04dd6bd82bec58ee83f0
FileChecksum: SHA256: 4d4ca811a71abda9aaf3d576ca4e64e75c9aa7cec54201933ea82db3327f0575
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/flash/spi_nor.h
SPDXID: SPDXRef-File-spi-nor.h
FileChecksum: SHA1: bae2b657abbf5aa466e665abe803bf84ff27c40e
FileChecksum: SHA256: c36162859aba4e7a5823953d6eb47b27d1247eeb6fb4cc81d2ee14734f073334
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/gpio/gpio_stm32.c
SPDXID: SPDXRef-File-gpio-stm32.c
FileChecksum: SHA1: 3865bdce1c5bb0f3f0c988f98e290ab120d8bd69
FileChecksum: SHA256: 9145a3a404e4deaafa897121b7cdcd3dbefe78acf04abc253323304825a8ba07
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/gpio/gpio_stm32.h
SPDXID: SPDXRef-File-gpio-stm32.h
FileChecksum: SHA1: 49d04b4ef71be66c493ee4db5dff76bcb4ebeb2c
FileChecksum: SHA256: d426d944f1375f41423b8586ceb555c9f5492218a1a52a2a8cd36b840e074816
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/gpio/gpio_utils.h
SPDXID: SPDXRef-File-gpio-utils.h
FileChecksum: SHA1: 2c8cebbcf3d441298f0bdb97a229ab0dcb7bd2b4
FileChecksum: SHA256: 37cc839784ca3e2ba01ca30a758c3037646d5a2e1f8fd987cc7d2378ea13b534
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/hwinfo/hwinfo_stm32.c
SPDXID: SPDXRef-File-hwinfo-stm32.c
FileChecksum: SHA1: 00b9449e91113756bd1a6fbed06d5a2fb2a5c3b7
FileChecksum: SHA256: 675dde18e263da3b63b3ed60ff7ef89c97ceecd15c2e9d3d8a1f2164fbbafe8f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/hwinfo/hwinfo_weak_impl.c
SPDXID: SPDXRef-File-hwinfo-weak-impl.c
FileChecksum: SHA1: f8b4c0d2fa01eecb8bcb03dcb206392ff92a1621
FileChecksum: SHA256: 71de5e1b6811d9cb53bfcbe53946f3362d0bfcb79505b941492511d5b38e2047
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/interrupt_controller/intc_exti_stm32.c
SPDXID: SPDXRef-File-intc-exti-stm32.c
FileChecksum: SHA1: a183b76cb3f4730a3f14bf8cf4fdb1e7902e4008
FileChecksum: SHA256: b9b669ea85e6ff5b48ca10a305bd5b2acf2b5f0fef3d5dca49fa6f91657600aa
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/pinmux/stm32/pinmux_stm32.c
SPDXID: SPDXRef-File-pinmux-stm32.c
FileChecksum: SHA1: c16a6369713528aa01effa2ac999e54cef8cd52b
FileChecksum: SHA256: bf6f1f8a4cbe2b2b4fd0a9d411ac754a7ee9195d4e69896a979fe859213c0394
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/pinmux/stm32/pinmux_stm32.h
SPDXID: SPDXRef-File-pinmux-stm32.h
FileChecksum: SHA1: 5319a5f0ff5c250cc3f919966dc6fc7e15355d35
FileChecksum: SHA256: 3753e60d97f5e7757f38dafad6e17d32cd5a9b5d1387b39cfe2cf0bc7f9ef222
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/pinmux/stm32/pinmux_stm32g4x.h
SPDXID: SPDXRef-File-pinmux-stm32g4x.h
FileChecksum: SHA1: 7fd210ee3dfcbcf0ba0a80bf71df0d97b881be5e
FileChecksum: SHA256: 9c3900189edb49e5dfddd15acceecf42a3620b77b883850b4100291644af0a4e
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/pwm/pwm_stm32.c
SPDXID: SPDXRef-File-pwm-stm32.c
FileChecksum: SHA1: 53358fcd530cf2efa9e150dab870812aa4ba923f
FileChecksum: SHA256: fb6e7183a5865189ad2f6715286f3c7a7c48dae6830cdcc25addf10ae24cf1cb
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/serial/uart_stm32.c
SPDXID: SPDXRef-File-uart-stm32.c
FileChecksum: SHA1: 1fe448e05e3d0c582ee21685684f63d0b0397268
FileChecksum: SHA256: 221a45540dcb2043c949b91c72428234af869b63a0a7beade7c356d6d15042b4
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/serial/uart_stm32.h
SPDXID: SPDXRef-File-uart-stm32.h
FileChecksum: SHA1: 87ed2c32e40831dbbac29e2735f7dcd3f34b4826
FileChecksum: SHA256: d3271d752d37be7a44bc164e62d6c00888d82d0fe180f499b4084d963b7981f9
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/spi/spi_context.h
SPDXID: SPDXRef-File-spi-context.h
FileChecksum: SHA1: decdb0bce61f37451c803ab487a93b1046dfc480
FileChecksum: SHA256: 2980b7c6868924b96436306c82e856a9b9f0ac1a7cb718360da36e284f25b5cf
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/spi/spi_ll_stm32.c
SPDXID: SPDXRef-File-spi-ll-stm32.c
FileChecksum: SHA1: 9eb867da1f2eed200203fc28effd6bf53ef18ad3
FileChecksum: SHA256: 4b814d1c0587b0a9c249a3c6bc631d5d599c383576de42f8bd15632155e412ed
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/spi/spi_ll_stm32.h
SPDXID: SPDXRef-File-spi-ll-stm32.h
FileChecksum: SHA1: 9559100b66ce40d6e7523ad7b806789b077d3e3b
FileChecksum: SHA256: 3b3ad0e3ab4f737002da013fa3aebc5cc568c74446ee1a2b441c22c19379e46f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/timer/cortex_m_systick.c
SPDXID: SPDXRef-File-cortex-m-systick.c
FileChecksum: SHA1: 77f3c4b1772d766a4cc154e10ae365074cbb3ede
FileChecksum: SHA256: 13808296d5b6d913e1943f9a8569d3fa2b6b790cc4b4cde0d46256d6541a3545
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/timer/sys_clock_init.c
SPDXID: SPDXRef-File-sys-clock-init.c
FileChecksum: SHA1: f99d9c458a3eea9fc0e7efc4286505981a4d7620
FileChecksum: SHA256: be654d31f4707fbc0ec5aee9175205e895874ecc602819bc880626f56c5da613
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/watchdog/wdt_iwdg_stm32.c
SPDXID: SPDXRef-File-wdt-iwdg-stm32.c
FileChecksum: SHA1: 108578f5129459be135c7cf74f64aa7d9aa08b4b
FileChecksum: SHA256: f13d51471c72ffe7ed9e88fc91e253df03dcaad52336da3377a4dea48a682fb3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/drivers/watchdog/wdt_iwdg_stm32.h
SPDXID: SPDXRef-File-wdt-iwdg-stm32.h
FileChecksum: SHA1: 6e2115aac5734093411ae5609c1705c1ab41282e
FileChecksum: SHA256: 86cce74a4c52321bd42eeff451fe42a306e0e063e6b14b69bba462d2f62757ad
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/app_memory/app_memdomain.h
SPDXID: SPDXRef-File-app-memdomain.h
FileChecksum: SHA1: 3fcc2959940b70d117b7a9b7b77687e0dcd63753
FileChecksum: SHA256: 061f92aeb94c78666ddc6bf179f89c7ff46a19aa2add2cdf31068900b4471ba0
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/app_memory/mem_domain.h
SPDXID: SPDXRef-File-mem-domain.h
FileChecksum: SHA1: de7bfb360cf9b1b14262e853595aa7acc1931b4e
FileChecksum: SHA256: 20212879048c2f4d305ecb2f77f1a3fe23e577c650882e9ec6f78d48dadb8cb2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arch_inlines.h
SPDXID: SPDXRef-File-arch-inlines.h
FileChecksum: SHA1: 7b72504e308e935b187b3fc6c3ce5440d32f2262
FileChecksum: SHA256: 792aecf7d84d6eb556f0c83d27fe4bebcc85fb0be2235e7878be891457767a19
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/arch.h
SPDXID: SPDXRef-File-arch.h
FileChecksum: SHA1: f7dc6a004ae633c4a6054cfca960774cda11c940
FileChecksum: SHA256: fb768426967dba9bfd0a6e2f6d67bb02ecba3e76e148a93c5e3f755e2942e9fa
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/asm_inline.h
SPDXID: SPDXRef-File-asm-inline.h
FileChecksum: SHA1: da5d42853e2a6fa325b339d62f4f674b850f4c32
FileChecksum: SHA256: e7cf98fa2e4560b35ec880d562864850f47f5408ad05b61fb1b29466d99b21ae
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/asm_inline_gcc.h
SPDXID: SPDXRef-File-asm-inline-gcc.h
FileChecksum: SHA1: b95740f83b6f7d97c9cd212c80cc02fd4f14026e
FileChecksum: SHA256: 5f786c7f67acf54aeb2017f4afcadb653119e81b7caef43747f65dded5a99e6c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/cortex_m/cmsis.h
SPDXID: SPDXRef-File-cmsis.h
FileChecksum: SHA1: b8a1e400332d3a394915e3a4ddf6c6ab663b8d5e
FileChecksum: SHA256: 47ba6ed8e841c1eae2bbfbf08d972d001dbe3c34b430b8771a19a086d988ac0a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/cortex_m/cpu.h
SPDXID: SPDXRef-File-cpu.h
FileChecksum: SHA1: 98d3fd04c84accde7d29f3ab57e5f40039669fd5
FileChecksum: SHA256: 41f1a9ce69a6df3170d7e71ceeb800489c96095b4bda155e8bf6c4eb92c92ae3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/cortex_m/memory_map.h
SPDXID: SPDXRef-File-memory-map.h
FileChecksum: SHA1: 7d338747f01140ec2c988bc5bffa88e24496a0de
FileChecksum: SHA256: 2ad79858dc80476a550b599d89bb99646ccac462f731c0b96ca634be4111e353
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/cortex_m/nvic.h
SPDXID: SPDXRef-File-nvic.h
FileChecksum: SHA1: 1230ac369fb0ab897194876c4627332855e98e43
FileChecksum: SHA256: 77e106001b703e1fd410b46f66c3c180e22c6f2ac4f05a346298a5d62ec5063f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/error.h
SPDXID: SPDXRef-File-error.h
FileChecksum: SHA1: 75ed5c3257eab3b1e7a759f850a83b1e0b6c481e
FileChecksum: SHA256: 5750258ee4f660712fca2f4ded33bfacc727086dab398e0debe49870c8f15e99
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/exc.h
SPDXID: SPDXRef-File-exc.h
FileChecksum: SHA1: 175fbe0591028efb2c56d8df776e940c6d187e40
FileChecksum: SHA256: f9cf8cad1565168c21d142051d81ba022111f9fd9901b183949f33703addfd16
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/irq.h
SPDXID: SPDXRef-File-irq.h
FileChecksum: SHA1: f3c1131e26aac16efa768986e8e71b21881c2d8c
FileChecksum: SHA256: 686c7e1f6fd1f36e328b9b058da9e2e46afed5f1612fa268249dcec4a30e4b7f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/misc.h
SPDXID: SPDXRef-File-misc.h
FileChecksum: SHA1: fde6a5f0024d15f6be902ad245f18bcac37a5eff
FileChecksum: SHA256: 098fde1bb6c0e2d06d86bdcb01955ae82b65e835b38227cea8937489ab48260f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/mpu/arm_mpu.h
SPDXID: SPDXRef-File-arm-mpu.h
FileChecksum: SHA1: c819955e289b670cafa15368b8c7bdd153eac090
FileChecksum: SHA256: 06275d94252f4f8e4c11f704005183fd7f80eec94eb09a901f1843d38ce0bf11
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/mpu/arm_mpu_v7m.h
SPDXID: SPDXRef-File-arm-mpu-v7m.h
FileChecksum: SHA1: 49929206d2e1d30a4f555759b8176848ac17e443
FileChecksum: SHA256: 53a1e5a23006296061770fd1348c0b5d42f0b51d082e4feff7b8d78e22f5b407
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/nmi.h
SPDXID: SPDXRef-File-nmi.h
FileChecksum: SHA1: be49d6116c2619b09caa06307deb05ddbea98a5e
FileChecksum: SHA256: 086f67d012843cf0daf17736f60a6e98eeafa82f19b9c0fe56288fda30dea692
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/syscall.h
SPDXID: SPDXRef-File-syscall.h
FileChecksum: SHA1: 7e991c221ab79710033c89d92711622a5ee9c105
FileChecksum: SHA256: 35cc9dec4801359ebfbfe3eeac21720bd68fb4da6e8d459a0cbec400dc17dae6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/arm/aarch32/thread.h
SPDXID: SPDXRef-File-thread.h
FileChecksum: SHA1: c70ed68530b544515360a051758dc458accce511
FileChecksum: SHA256: b61bc9b3cdd532d73b2fe684360cc614e53f1a22f6beafb8a10d1c8312a50b87
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/common/addr_types.h
SPDXID: SPDXRef-File-addr-types.h
FileChecksum: SHA1: abd64642b016415c679d8678272e5962fcb59a65
FileChecksum: SHA256: 407363b6fbc93f82bddcfc1fa7bff9834a3838af360c11d713af1dc1dcccbc16
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/common/ffs.h
SPDXID: SPDXRef-File-ffs.h
FileChecksum: SHA1: 5e1adb204c78566fac5f2eea474be3db48e28dbf
FileChecksum: SHA256: a77af6d7f7731f5c90a245912673c4adc7cafd9dcc5843a9f0a849812cdfbf58
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/common/sys_bitops.h
SPDXID: SPDXRef-File-sys-bitops.h
FileChecksum: SHA1: aefb4bad7557d6a01a060168b5f4c8d982bf7a15
FileChecksum: SHA256: 3750b353cc61c41f5489d5e35cdcdcc47a3b64adaf65a1fc35e27d26585395b0
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/common/sys_io.h
SPDXID: SPDXRef-File-sys-io.h
FileChecksum: SHA1: fe9bf994047325a6eb336bdf640501cfe7cd7dbe
FileChecksum: SHA256: 54793289f7d501a23fe4e7d76b08f5d1b077e4bcf298a33bd0bcd6e2ac70f251
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/cpu.h
SPDXID: SPDXRef-File-cpu.h-2
FileChecksum: SHA1: 2c6730a1f69ddbefd5a84d8a90e124338b04ded6
FileChecksum: SHA256: badfd90e60f043cb9ddb9e2645547322c0f55901ee99ed15732e138ab18f627f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/structs.h
SPDXID: SPDXRef-File-structs.h
FileChecksum: SHA1: 59826badc6d5d09f9a2a12878c6e01e25649aa23
FileChecksum: SHA256: 722540fb7d3de1108f4cae314d4024389a7454be173aa207c16c84b3f5a85dfb
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/arch/syscall.h
SPDXID: SPDXRef-File-syscall.h-2
FileChecksum: SHA1: c1af0d6eca5e98589468d1d40101d6c316aa37e8
FileChecksum: SHA256: a27851a8d4fa587e3dd129f8aef376d0e32d396c2b1c71631a6bd184f33bc1c3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/canbus/isotp.h
SPDXID: SPDXRef-File-isotp.h
FileChecksum: SHA1: d543a33ae8acffae6c175d3f04dd1964ed95bf6f
FileChecksum: SHA256: a2362afd8d65ad935b55ed81fb7a92fdb9eeb037cf32cff77cd5727e23c4b562
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/console/console.h
SPDXID: SPDXRef-File-console.h
FileChecksum: SHA1: a82f09c8b1859716ca556dbf4a26bbd0882a9734
FileChecksum: SHA256: 4208018c16612e9602682cbb1de4fe2e15ca8424b3caac0ce78540ee02283627
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/console/tty.h
SPDXID: SPDXRef-File-tty.h
FileChecksum: SHA1: 52cd19ccf56ce6c4f010a516f3ba29c2f3f196d6
FileChecksum: SHA256: d400ba93904fc72ce43fd032a4a9da2ce87ad5c496709861a2f25ae4cb14d776
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/debug/coredump.h
SPDXID: SPDXRef-File-coredump.h
FileChecksum: SHA1: 209fba0811133bb69f80e50058e97dacf1e2ac37
FileChecksum: SHA256: 426a306498715d10b71c8cd958499bf8a2f1fffec4983842a32396dec266974f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/debug/gcov.h
SPDXID: SPDXRef-File-gcov.h
FileChecksum: SHA1: 8f42c57e0c1e7fc0db1a7bb2d3b2aba140549a5f
FileChecksum: SHA256: 9ae69d0f04f5d0b4b5772801ceae5a0b985a52dbcc80939e09c30574ba4f589f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/debug/stack.h
SPDXID: SPDXRef-File-stack.h-2
FileChecksum: SHA1: c1cdee9a783bc2f7c95ba89855d55984b477c519
FileChecksum: SHA256: cfd7f3efc47f13d5880be32e2f00e88368c9a9add2fe2177ca1fd99f4a3ba0f8
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/device.h
SPDXID: SPDXRef-File-device.h
FileChecksum: SHA1: a374b644a692051891ccc095e9ceab3e85c95047
FileChecksum: SHA256: ea2dffd082a69af625e1a72f2b73dd8ca2f91e2e390e0489091a49be2e8de948
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree.h
SPDXID: SPDXRef-File-devicetree.h
FileChecksum: SHA1: 850fdd5fde73d4cc4b56ebd1ade4f5a5ddfbf6e5
FileChecksum: SHA256: c7701dad0731378e91aa8f2032da39e631310e95edff4cbb1be3dc606a96ae18
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree/clocks.h
SPDXID: SPDXRef-File-clocks.h
FileChecksum: SHA1: 57b0f795a49dc6ab836eb419de48fe3106898eba
FileChecksum: SHA256: d2ad5e8d98e09d99a290d253066a8ec371bc3ed200e4269f2f5ad29e3847718d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree/dma.h
SPDXID: SPDXRef-File-dma.h
FileChecksum: SHA1: 6c19006210160734f357999f6e3bd8ac6c100ace
FileChecksum: SHA256: fa87355c6b7a95f2abb7de7db29c05865e753bf0805ca3c4d9b8c9cfaf982142
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree/fixed-partitions.h
SPDXID: SPDXRef-File-fixed-partitions.h
FileChecksum: SHA1: 8068c60ea9501b0b92903a6a0ac533bad613d9b8
FileChecksum: SHA256: e7731c59b0a946f434f70dd5cf0c700722838dbcaed12b287171d2dbdaf6f1a7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree/gpio.h
SPDXID: SPDXRef-File-gpio.h
FileChecksum: SHA1: a456b18b54baec81ecc6ae56246c2a8f37ec2242
FileChecksum: SHA256: 9c71db6e6fd6ff4b847d255f12b8eabce28101640dfe1a0ef36389c4c4ebeb50
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree/io-channels.h
SPDXID: SPDXRef-File-io-channels.h
FileChecksum: SHA1: e33b0820d0ca585438dd1078e0bff5e4e26a7bfe
FileChecksum: SHA256: 2b18d7b212e3981e30c7ea8d74de237865f224d8f94ede3cff8b0bdc6b6f3590
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree/ordinals.h
SPDXID: SPDXRef-File-ordinals.h
FileChecksum: SHA1: 80f124e5ca4880ab67f76d922520727ed40c903c
FileChecksum: SHA256: a75dcd24a8073b96ca84f9f1cbeadd96326c5bdeef206173681b0aa64ad8dd51
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree/pwms.h
SPDXID: SPDXRef-File-pwms.h
FileChecksum: SHA1: 635bf336faf96b0fc5b8dafcf92539b3abc84665
FileChecksum: SHA256: e1f938e160282cc7581c6b3fe77494f5bb3e360bc6832149fabd2980802641cf
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree/spi.h
SPDXID: SPDXRef-File-spi.h
FileChecksum: SHA1: 4d04d8dc941443771d91e26a2a1aa85fc488eb64
FileChecksum: SHA256: 6f4dc14950e15f3e2ee7a5c322738ed54b39bcfeb0945cd4e2b4817ff63d48d7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/devicetree/zephyr.h
SPDXID: SPDXRef-File-zephyr.h
FileChecksum: SHA1: 6278609911d4d9675a4f6475ee2846cacdbf65f8
FileChecksum: SHA256: f2d04bcb085a1b10827bb606c927d8b6e025051c5747113d8a783c76f6be79af
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/can.h
SPDXID: SPDXRef-File-can.h
FileChecksum: SHA1: 35993e297e12556fb79eaad407221dd6ce314d33
FileChecksum: SHA256: dd445ee6313fe164f09699f367a9f9d562f90dac6b00fe7802cede159fa618e3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/clock_control.h
SPDXID: SPDXRef-File-clock-control.h
FileChecksum: SHA1: 958d2edc22d8832a9365b18b7724957ea111d970
FileChecksum: SHA256: 13d7d193014e4204ec9b53fb77cf5cff522be5c14f15db984ca4a1009f99666a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/clock_control/stm32_clock_control.h
SPDXID: SPDXRef-File-stm32-clock-control.h
FileChecksum: SHA1: baf5252731f8ee8debc7996332530959f3eb4975
FileChecksum: SHA256: a4d024df1dc68eab20a1998126ecbbecbb947826eb553648b581216fd8700ec0
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/console/console.h
SPDXID: SPDXRef-File-console.h-2
FileChecksum: SHA1: 5273e7d040c61e38f1197b786fcf70d4f4647595
FileChecksum: SHA256: 72f8ca0b66ca0ce9fa574b8eb5f954794357ed66c4557cbc1ce6aec932422d20
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/console/uart_console.h
SPDXID: SPDXRef-File-uart-console.h
FileChecksum: SHA1: b580b5a09b7357efe4cd054e5363a44861793b17
FileChecksum: SHA256: 0730298309170f67839854e977a8da535ecd86eac7c2f9478d7f413e548bd2bb
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/entropy.h
SPDXID: SPDXRef-File-entropy.h
FileChecksum: SHA1: 2273f9c79b0c32ca842c3b336fafed72155d11f4
FileChecksum: SHA256: 9a633bb0fd35d8f44014e818c9a105311367f212bc378e3bbcdffc9c02725207
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/flash.h
SPDXID: SPDXRef-File-flash.h
FileChecksum: SHA1: 870c48459eed8339b246553dc7e4bf2917be1efb
FileChecksum: SHA256: ca6be68d63d017f16d9489e4343d6a573f10b1a3f911bfa5bb39232a5cb93253
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/gpio.h
SPDXID: SPDXRef-File-gpio.h-2
FileChecksum: SHA1: f7fa13bd3ef17d2ff3003ccf11c2c23fe203853f
FileChecksum: SHA256: 55cade34a5cdc2783bf8597af94c32ceb634d23cdbf6bbf7107a0a70c89f4861
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/hwinfo.h
SPDXID: SPDXRef-File-hwinfo.h
FileChecksum: SHA1: 36e8fbdb28b7c8b805c966f83576922f8ffc0c63
FileChecksum: SHA256: 11535f1d163bb860c0d8c371e9332cd87f9a950b6b1c8d45de20da0b58972fbf
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/interrupt_controller/exti_stm32.h
SPDXID: SPDXRef-File-exti-stm32.h
FileChecksum: SHA1: a9364fee064ce43502ea78fd95f12a9bb073f53b
FileChecksum: SHA256: 3afa834e0a05260ca8a776d2efdbbaf598cfb554da4ca091475f90f550e7b913
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/pinmux.h
SPDXID: SPDXRef-File-pinmux.h
FileChecksum: SHA1: 2758452245563e335f0bd44cddd5cbafa370004a
FileChecksum: SHA256: d703287f0a03e5a5ddbe3fd9dbaac44de19c0d9e638f1f7f696d8f86b1518676
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/pwm.h
SPDXID: SPDXRef-File-pwm.h
FileChecksum: SHA1: c28eff01c852f999c8a6311b82c4435d33a155ce
FileChecksum: SHA256: b5ca197907dae5e0dc2630f6947cde599c56c6f300656e47c2e29d1263a5b8c6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/spi.h
SPDXID: SPDXRef-File-spi.h-2
FileChecksum: SHA1: fb23209246883347cd482fff5f87e3f75ec9f37c
FileChecksum: SHA256: 349e9788d96865e2ae26e0794016d549f759692485ef1791829748c04c854db4
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/timer/system_timer.h
SPDXID: SPDXRef-File-system-timer.h
FileChecksum: SHA1: a6697d8831e0ef78b77da5638433b5eb853905e0
FileChecksum: SHA256: f4110012b8f4560c3294afe1ef8d13185cdba6236e00351681e58b625d49d654
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/uart.h
SPDXID: SPDXRef-File-uart.h
FileChecksum: SHA1: c5b7d5d5ed781a98c96a1b319536953ca51e3d96
FileChecksum: SHA256: f1cbc3ab89ff63cda74b10af4127b11404cfa10e41c0ccdc48d08a2cde0ec6d8
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/drivers/watchdog.h
SPDXID: SPDXRef-File-watchdog.h
FileChecksum: SHA1: 0e75abfc7cef4ed6d5ee2e1910f683265a3ea28c
FileChecksum: SHA256: 888f668cd815cc3f38412ecfb281c898889c6823346e0f9f46a0b6048762f201
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/dt-bindings/clock/stm32_clock.h
SPDXID: SPDXRef-File-stm32-clock.h
FileChecksum: SHA1: bd5538d98a631c693c3b9603dfd340680d42e4a9
FileChecksum: SHA256: bf59ac01c2225f223d22d510ef5beabce78457127bed9c6692abf366b74ddf6f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/dt-bindings/gpio/gpio.h
SPDXID: SPDXRef-File-gpio.h-3
FileChecksum: SHA1: 25e126a7a4371ec6591ba3876bd5edb55f6b66c4
FileChecksum: SHA256: 5765d9058b113f2dcb71db55f33d117af8f37b2a9bcc16f9da2363ebe36faf59
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/dt-bindings/pinctrl/stm32-pinctrl-common.h
SPDXID: SPDXRef-File-stm32-pinctrl-common.h
FileChecksum: SHA1: 165f7b4018c90660ff527556b8971c34cedafc89
FileChecksum: SHA256: 54ccb1435e85211615d29fd6fb24b6bb52b95c3b2085bc4a946451becc15477a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/dt-bindings/pinctrl/stm32-pinctrl.h
SPDXID: SPDXRef-File-stm32-pinctrl.h
FileChecksum: SHA1: 82f3fcab2c64bcfc83b8ef925faddbbb5cf2754d
FileChecksum: SHA256: 7059f5531682e14701072a44c2a26773a3727927d721f646f867b2358fe08d62
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/dt-bindings/pwm/pwm.h
SPDXID: SPDXRef-File-pwm.h-2
FileChecksum: SHA1: 3c894e41f86c88fadfc8280150c7ea486184789f
FileChecksum: SHA256: 477ee4a914961f7e46e94bff40ca1d4021ea36d2c8d26522869580d1efe98be6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/exc_handle.h
SPDXID: SPDXRef-File-exc-handle.h
FileChecksum: SHA1: 9462cba1da596bddf80193003014928122ad630f
FileChecksum: SHA256: 40fc603ea9991a9d5906c607f6da61e79e5b6bf2fb333b06fc1a013657ac8a7a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/fatal.h
SPDXID: SPDXRef-File-fatal.h
FileChecksum: SHA1: de29b57d2eb2022f84e4e0b9011f899ce32fc182
FileChecksum: SHA256: 4f06cfb2176533568563cb7816f84cc7fe8b4d6e0ab1e083c16e343abfb7deb3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/fs/fs.h
SPDXID: SPDXRef-File-fs.h
FileChecksum: SHA1: 965ebb9f9a59b475b781bd6612513f6ef8755ca1
FileChecksum: SHA256: 6decf14607ef1d7090ff4b95d6c2c7d2d2362ec35a0b7f77b7e98ee2c909fbec
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/fs/fs_interface.h
SPDXID: SPDXRef-File-fs-interface.h
FileChecksum: SHA1: 0a41638c634583760f9182bf86ada44228dedbc7
FileChecksum: SHA256: 14ca94094ef467d2280b7666f04f0f2528b4d8c5bfe4c3ff9425bae001afc0a8
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/fs/nvs.h
SPDXID: SPDXRef-File-nvs.h
FileChecksum: SHA1: e4333baae99a3d0021cfc6042f0d58ae55fd1fb5
FileChecksum: SHA256: 7d65dda47d560ccfb8a3099d5cea524b78496cee46206177000c9fd958a8cb54
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/init.h
SPDXID: SPDXRef-File-init.h
FileChecksum: SHA1: 250ae15420677e932c5d2c3fe7158b1f5d7936bb
FileChecksum: SHA256: b008cc6f86dbbfdd77f33e5155c71c5c0cbaa1a5aff6ef80a27cf4c07d8399b1
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/irq.h
SPDXID: SPDXRef-File-irq.h-2
FileChecksum: SHA1: da77cf6b327966ca2eb74c4c45434d3c617f02dd
FileChecksum: SHA256: a77a29eeec85c64618dd2f0a02822c18b4a7a3f314323bc196957adac3e99582
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/irq_offload.h
SPDXID: SPDXRef-File-irq-offload.h
FileChecksum: SHA1: b343ad51dcc637380714293ae2cef67e2a585b16
FileChecksum: SHA256: 3617f53e2559b51937ec34f2b042ddda5fc1f3a2dfc78613072e5b6623a70f8d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/kernel.h
SPDXID: SPDXRef-File-kernel.h
FileChecksum: SHA1: 4aaa35c04323b935fd08232d214a3214b968e4bd
FileChecksum: SHA256: 89e139aa50d0caa50a940c5dedf01cbd50ee0523fbf7ef897652ebb512504acf
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/kernel/thread.h
SPDXID: SPDXRef-File-thread.h-2
FileChecksum: SHA1: 013ba4f4d627c2a9c17e13a332b80bc619639c1e
FileChecksum: SHA256: 7d3b7ed87428b45d1cd7f2d47007d5db038296f4e33a22b4254d9599b5161df1
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/kernel/thread_stack.h
SPDXID: SPDXRef-File-thread-stack.h
FileChecksum: SHA1: b901e95f14e8c6e7022f8bc445e6bd643b513233
FileChecksum: SHA256: 14ff4e963af569c301fe6597374003ac722c27cbdf393a3f6c5a6220a52a4f7b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/kernel_includes.h
SPDXID: SPDXRef-File-kernel-includes.h
FileChecksum: SHA1: 3c0916dbf4305759e7b6526d1f3f71e0cda065e5
FileChecksum: SHA256: 0a89adff5075f6cb281cb99e7bd175ac04f146edc086c6e49fe3607374c23106
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/kernel_structs.h
SPDXID: SPDXRef-File-kernel-structs.h
FileChecksum: SHA1: d100d43ca6831327f27c67aeebddf78998cb0c26
FileChecksum: SHA256: ec80b6cc53e2a5538bd529b8609ed4f05e96efb4e5132100477900fbf8f33c0b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/kernel_version.h
SPDXID: SPDXRef-File-kernel-version.h
FileChecksum: SHA1: 3c89e6bc35cfa2b9330bcf3cb6b306f1c2a020d6
FileChecksum: SHA256: ebda340bfe88c8f2ef2c558b3a5839008a4aedd24799724622c828a9c9e26e6e
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/linker/linker-defs.h
SPDXID: SPDXRef-File-linker-defs.h
FileChecksum: SHA1: e7ed0f964d86b0cc36084871f32cc32c691a0a41
FileChecksum: SHA256: 90b91907abc97ead9e527c5056948375e3eade9a4ad7587586dd500155d2ca4a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/linker/section_tags.h
SPDXID: SPDXRef-File-section-tags.h
FileChecksum: SHA1: b4c3ee68bac9de07874c0923d845febbce5aba23
FileChecksum: SHA256: a7abada87cc903a25f04998319b8c7edc0bb4808b6f88bc8ec82d8e28645d05c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/linker/sections.h
SPDXID: SPDXRef-File-sections.h
FileChecksum: SHA1: 16feace0ce28722f497a8cbb1b70f1797e8b1284
FileChecksum: SHA256: 1d05fb9937dab8347fec0eae66ae05b50f808978f262ca81095ad3f1a147e96d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/logging/log.h
SPDXID: SPDXRef-File-log.h
FileChecksum: SHA1: 5765ab2ec1cfa6d19d0cf26bb7a28756a815a056
FileChecksum: SHA256: a7e08c7536722bb365da436b60623eaf59f5d487d9fdbd83493643899712c78a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/logging/log_backend.h
SPDXID: SPDXRef-File-log-backend.h
FileChecksum: SHA1: 35c1245dc1ef0732ac5372cb27955ff05942bf53
FileChecksum: SHA256: 51019bbba05220ac63e6a0ef185ed9e0070b2ed08146f0ebcd460037a3d980f2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/logging/log_core.h
SPDXID: SPDXRef-File-log-core.h
FileChecksum: SHA1: 0014a6159dc49a9e3a731f1cf42caaf675c589e9
FileChecksum: SHA256: 5de4eae0366fc474aba7df09a73897628326d6a301df0023f39273d3d845bda0
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/logging/log_core2.h
SPDXID: SPDXRef-File-log-core2.h
FileChecksum: SHA1: 496b0bbef6033d19209bfe1ee508851864fa0913
FileChecksum: SHA256: debc44b14bfc8e7d3f9c2f3693651e0008e4f14f5d9448ef3bbd3af53e7b4701
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/logging/log_ctrl.h
SPDXID: SPDXRef-File-log-ctrl.h
FileChecksum: SHA1: 1bb2ab0fe33b7bf217aaf34fb4c9df7a520f602e
FileChecksum: SHA256: 8a4d9515b20e211d7904046d6c4687ac259efff125ecfde12274d4ebc8ea26fc
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/logging/log_instance.h
SPDXID: SPDXRef-File-log-instance.h
FileChecksum: SHA1: eef5b93f0566b46237589f25725fea800dc93dcc
FileChecksum: SHA256: f4ceae8c275be6cbbabaaf586003c1c0e967ba0cb0127a68be715b50a3bba3e6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/logging/log_msg.h
SPDXID: SPDXRef-File-log-msg.h
FileChecksum: SHA1: a06cc79cceab27a3194f400cf37542722f3be5df
FileChecksum: SHA256: 6bf52c93b1ee1376a499d6affa950c8316343f13ae7ed6ebc410c1801bfd0d73
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/logging/log_msg2.h
SPDXID: SPDXRef-File-log-msg2.h
FileChecksum: SHA1: ca07e237afe84af4f4901a4e208036f983bc5808
FileChecksum: SHA256: bc9d95b6e083a68f4bf9dbdc6bb34d4273edac10dc8c510d7a9e672ba5bc9c0a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/mempool_heap.h
SPDXID: SPDXRef-File-mempool-heap.h
FileChecksum: SHA1: 25bcf9903ec38a78a79e64ba36743c56c96a95fe
FileChecksum: SHA256: 703bea39d8da5d36977d60d03e0dbeeb24d7a675ee4065359e4263d085b64340
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/net/buf.h
SPDXID: SPDXRef-File-buf.h
FileChecksum: SHA1: c3c730e993bcc5848f6645f656534886a3559e49
FileChecksum: SHA256: 79f1ba3fc2d928f968a29bddcb5786d2af8e72bda76919669fd100b4b379972a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/pm/device.h
SPDXID: SPDXRef-File-device.h-2
FileChecksum: SHA1: 6acdc3cd1a9c472cfeb9beb2116ada2dbf5a1493
FileChecksum: SHA256: c918a143505b35ccb09f1533f888022e7b5ea8b4ac0011a68ad4b42e56fdf314
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/pm/device_runtime.h
SPDXID: SPDXRef-File-device-runtime.h
FileChecksum: SHA1: 6784cc7ce830db80ad28d60549d2354afafa669e
FileChecksum: SHA256: 4d3d55d55c8c8f86a6271ae5c39424a877c30d161bd976a02baa602b027d0d3a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/pm/pm.h
SPDXID: SPDXRef-File-pm.h
FileChecksum: SHA1: fffc311af95eac8cd5cb4e0c6629bd069fb6e127
FileChecksum: SHA256: 207c4efd5d87595b896111d5a5794eef0b0ada205260a98596bfbdd3869adcec
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/pm/state.h
SPDXID: SPDXRef-File-state.h
FileChecksum: SHA1: afc4311bb1417483d55ff6d11f5e7a44983f28b5
FileChecksum: SHA256: b47df265053d4b063bdcdb06f082a39c516e2330fbea00f363b9f171b239f3b4
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/posix/posix_types.h
SPDXID: SPDXRef-File-posix-types.h
FileChecksum: SHA1: a9dc753c559c16de68949cbb0159d6db5d927583
FileChecksum: SHA256: 28d49fc4c1d29b1285f343c311ea7b0078dd41600386aefcf8dafb00b6b61353
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/posix/signal.h
SPDXID: SPDXRef-File-signal.h
FileChecksum: SHA1: 439261a99b065c476f3b2e593253914447bdebfb
FileChecksum: SHA256: 48e147c1e44be52f6191398677691a2da2063c0dfb6d9e15f2296fa3cfaa21a2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/posix/time.h
SPDXID: SPDXRef-File-time.h
FileChecksum: SHA1: f2b06b8dacf514399625004ba5ebd092040b70b3
FileChecksum: SHA256: 0147d4e440fb6d993530c55306a2c71555e208cee9e3150660022aedd52b4c16
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/random/rand32.h
SPDXID: SPDXRef-File-rand32.h
FileChecksum: SHA1: f31e97f67abb9cad4affe1d3374dfbda2c3e344a
FileChecksum: SHA256: b2a3e13847e59f14b3f5d2d3125128660c6bb61c5fa9550587e7a02690aa861f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sched_priq.h
SPDXID: SPDXRef-File-sched-priq.h
FileChecksum: SHA1: 2d430c4b843fd1163b7be1a7c95af08010386ef3
FileChecksum: SHA256: 91406cef060ee2e663c1b4773e479c65953049a364fdb3374fe64f6eee1bb3a9
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/spinlock.h
SPDXID: SPDXRef-File-spinlock.h
FileChecksum: SHA1: b48efe85dca4102cf50f66d721a374681b219904
FileChecksum: SHA256: 5388305c41b00e108e684dce75f1a4045fcd2e45e124e1662eeb8f10d8f00e3a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sw_isr_table.h
SPDXID: SPDXRef-File-sw-isr-table.h
FileChecksum: SHA1: 0c95d1efba4c8ff5737af3ad6f74395490ec0782
FileChecksum: SHA256: 56b6b00398efafe2ef7726b21509531bbab86b5b71b98f2a55b6f5a28a063441
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/__assert.h
SPDXID: SPDXRef-File---assert.h
FileChecksum: SHA1: ce3e238cd982caba8cc71275dda6ff372b9e63cb
FileChecksum: SHA256: f28abe5786a71f9481e94ceb388c4569bdcd30a464b8e8ac5d98811202316e62
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/arch_interface.h
SPDXID: SPDXRef-File-arch-interface.h
FileChecksum: SHA1: 3cea59493744f20aac8d73ddf77a6afeb87e3ba0
FileChecksum: SHA256: 84a808b42eeccc4540c4c35fb88916e74d47fd18e5a6c942cc2b0fad8af66123
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/atomic.h
SPDXID: SPDXRef-File-atomic.h
FileChecksum: SHA1: c91c47f8c612e24bb39aee5706e24e6620a6198e
FileChecksum: SHA256: c65394003d6af0d832d570916b5346e503837f226f9ffb30cab94493e52efd4a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/atomic_builtin.h
SPDXID: SPDXRef-File-atomic-builtin.h
FileChecksum: SHA1: 39ac1ad620f1383f9ae7e64d74641ddbd75121d5
FileChecksum: SHA256: 776c608757633492456894de5eea0af19ddec8bfb2ef722d3a5b451d3f10ae5b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/bitarray.h
SPDXID: SPDXRef-File-bitarray.h
FileChecksum: SHA1: ba5e2db3bf6fcf408aa3ed6cc02ee2c72b055b36
FileChecksum: SHA256: 09a32969a91729cea506068943c5f96b4648b534d166b0d92a96598c27b5b0df
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/byteorder.h
SPDXID: SPDXRef-File-byteorder.h
FileChecksum: SHA1: 86f6ac69a07723cfb7f7b0aa719df827506bd2c7
FileChecksum: SHA256: 16c30ca9d80f1c1278017c0019c99a9efb243118701871760af1d0d97758ee18
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/cbprintf.h
SPDXID: SPDXRef-File-cbprintf.h
FileChecksum: SHA1: e61ab256435c02de36c1537a9ea56ff8a0beed24
FileChecksum: SHA256: fdf349735e004e3917eb9cf668080d49bf9e0f5debcb59bbdff0d61fa25f2240
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/cbprintf_cxx.h
SPDXID: SPDXRef-File-cbprintf-cxx.h
FileChecksum: SHA1: b3afcf174eac6e4ef66872a360b716ec713349da
FileChecksum: SHA256: 0d32e286ec17e498d587ee9db6bb2dd0a9d0b10997d859e7e3ab9d29b2d426a6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/cbprintf_internal.h
SPDXID: SPDXRef-File-cbprintf-internal.h
FileChecksum: SHA1: 25d73752d46a59390aadd9cf62344d044c269523
FileChecksum: SHA256: 543be09914aa362a1d503c61d610c000fd0b89dfd6d88c78a6a83d9cc1b94150
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/check.h
SPDXID: SPDXRef-File-check.h
FileChecksum: SHA1: fab435c3f0c50f9fd1e64d081d8f52ed6d2392f3
FileChecksum: SHA256: 4ad08905dffe602b333f96f9c729b7e4153dbfa6f7203d2289f8c2a56bea88c5
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/crc.h
SPDXID: SPDXRef-File-crc.h
FileChecksum: SHA1: 1d2d2e8e6c0ab7424924e21e1e16546d48e9fe91
FileChecksum: SHA256: a21712f4f78f1c6a7b77b76a119f74ba5185d8c5f0b6e9c1ce4d1d2693cb1423
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/device_mmio.h
SPDXID: SPDXRef-File-device-mmio.h
FileChecksum: SHA1: 5da9ad1c92974dccf897f12616388363466f36de
FileChecksum: SHA256: a2dc94f87971a2d38fcb3b0d29006ee79b7634d96d342b82e067cfe2e0ae0b4a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/dlist.h
SPDXID: SPDXRef-File-dlist.h
FileChecksum: SHA1: 2cff02c80732f38273e46066a37d6a81f3f0471d
FileChecksum: SHA256: 6727e934f7471bf59c08dc193e28dbb84500ca1c61fcec034e05057e7b6a1fa2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/errno_private.h
SPDXID: SPDXRef-File-errno-private.h
FileChecksum: SHA1: 5281a56c4f85ed4dea9778464a05af5c3dba3273
FileChecksum: SHA256: 70eaed0b471bc327cc7a52ada997c491c5057708bf48d97da173ae9e6b255c98
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/fdtable.h
SPDXID: SPDXRef-File-fdtable.h
FileChecksum: SHA1: 1d110fff5d92937438c049a2d97cefe9fdb495b6
FileChecksum: SHA256: 2f9b1deb6203233d6f3b5889585c3669788448ab6a7b30f29309be251a8bc489
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/kobject.h
SPDXID: SPDXRef-File-kobject.h
FileChecksum: SHA1: 22a43d493de3908b99184d1d46566c57a9ed728b
FileChecksum: SHA256: 159b95336aca3853e874084a8187180f2692bb501668b5a9e97a5e57101666c7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/libc-hooks.h
SPDXID: SPDXRef-File-libc-hooks.h
FileChecksum: SHA1: 0c50fe978c25f690a0a03aaa43ee026851be2c2e
FileChecksum: SHA256: a6d9c812bfb730c541112ce104f17644fe63aef700d653a8a32e19c83ad11573
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/list_gen.h
SPDXID: SPDXRef-File-list-gen.h
FileChecksum: SHA1: 0351c5eebf2372464c6b242bc13519847b0f077c
FileChecksum: SHA256: 0d33f8860a25f06f7ca94b3b87835c1e6281a007d340d168392fb0fc9f5db7ab
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/math_extras.h
SPDXID: SPDXRef-File-math-extras.h
FileChecksum: SHA1: 68cb99f1555f27e2c8590af8bb23ed185d95bf17
FileChecksum: SHA256: a000500c3737e2e2a5e3a369ecb2fba3c6a1a5bec63b5cfdab385c1618ed25db
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/math_extras_impl.h
SPDXID: SPDXRef-File-math-extras-impl.h
FileChecksum: SHA1: e8d4a7fd4d47db285f848ccd0173a5df8bed3c13
FileChecksum: SHA256: ccd7a8a76474c9aab140a56d30193edcb1715fd19adcfb6d72aa4791118034fc
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/mem_manage.h
SPDXID: SPDXRef-File-mem-manage.h
FileChecksum: SHA1: 1747fb15155764310dc7a378782602162d225bb4
FileChecksum: SHA256: 6d23418fee1c51e4f00832ee4fdc53da2b43ea39eb5876a5bcc1bd7a00b73423
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/mpsc_packet.h
SPDXID: SPDXRef-File-mpsc-packet.h
FileChecksum: SHA1: bbebc1a9c1d4be86c821520e604b877e4204aaf7
FileChecksum: SHA256: f358d2ff7a47847fd456ceb20eff93c959c0445bbc758a396205c167e3125ac8
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/mutex.h
SPDXID: SPDXRef-File-mutex.h
FileChecksum: SHA1: f1e0be26764886c2435b36b021a71ab0b080cea3
FileChecksum: SHA256: 0611c20604380da0e692fec4647f0b409095e53279469935ac2708e92231c52e
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/notify.h
SPDXID: SPDXRef-File-notify.h
FileChecksum: SHA1: faf20c80b666814af4a4e566529aac54fcec06f9
FileChecksum: SHA256: 4ee4899b80f625af0805422a6dc69a06db17f5ef5b342bbdc2cea9ed0f409224
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/onoff.h
SPDXID: SPDXRef-File-onoff.h
FileChecksum: SHA1: 3b8b2b89849f0b15b38365be7223aea88019f133
FileChecksum: SHA256: 6b0fd10f3c7003ca79fe2d07c290605943d24b0813e44e33bc85d4a91de0414a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/printk.h
SPDXID: SPDXRef-File-printk.h
FileChecksum: SHA1: 04e5ce92b8b092c50afc784e82e9bf0fac4ee471
FileChecksum: SHA256: 78d5026dd164ee4d0e803d4caa180881590cda30ce59a168b85e0d39cf0f07a7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/rb.h
SPDXID: SPDXRef-File-rb.h
FileChecksum: SHA1: e11c8ae04597d60de4bb370cad43aa6c39c99b1a
FileChecksum: SHA256: 2a0aaa8002e0d2d2a6ee91ebd81b345b914023ded3656e6ca438f54311d5ab0c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/reboot.h
SPDXID: SPDXRef-File-reboot.h
FileChecksum: SHA1: 643197fe1fa9a11dcf83a4ccf09815deaa05adad
FileChecksum: SHA256: c4037062c7f8d3fd6cf7b03babdd1c3fbec4ccce777865c00150f8129c1ae819
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/sem.h
SPDXID: SPDXRef-File-sem.h
FileChecksum: SHA1: 8ec96e2630b6e674f2d092884562c680a24e0213
FileChecksum: SHA256: 2bfd9b0a2cd6bf715f846569c183a1ea14833912302d4acc4e91a55a5e630983
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/sflist.h
SPDXID: SPDXRef-File-sflist.h
FileChecksum: SHA1: 6535759146703bc3dc5c45e7303442b0bec185d5
FileChecksum: SHA256: 138fe7a82426ee80371d3c2fff58b54504e74f01535c7e6e587a0693572e6abc
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/slist.h
SPDXID: SPDXRef-File-slist.h
FileChecksum: SHA1: 9add14a171c1262b996148f18b633512deb98395
FileChecksum: SHA256: 20e44b76ffcd71c4b266526c1a8ec67c9f512269442364749521e4776634f6c8
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/speculation.h
SPDXID: SPDXRef-File-speculation.h
FileChecksum: SHA1: 2e55b5ab3ddd5227f8642f7b439ca549fa8b6bb4
FileChecksum: SHA256: c672f92943ee94e1285582003b5cf3e9e2e18e3608cd8ff85490091ad2691ed9
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/sys_heap.h
SPDXID: SPDXRef-File-sys-heap.h
FileChecksum: SHA1: 971cdd8936b5613b676c2104b81833cc64ea1554
FileChecksum: SHA256: 89786d966421997b066299dbcd7d6d30f03e3481af8232a5eb959694864e8c1b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/sys_io.h
SPDXID: SPDXRef-File-sys-io.h-2
FileChecksum: SHA1: 51e5bc3840eb85d44869add7ff15c33d54dfc3ca
FileChecksum: SHA256: fd1b0ed2f5085f4f9d62899e9fa859d970579af4b755fb30b7111958acacfe60
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/time_units.h
SPDXID: SPDXRef-File-time-units.h
FileChecksum: SHA1: 1b6395e21198476fae242dcea80e4eb458c6b5c3
FileChecksum: SHA256: 2745cac517f7971d0a8a888dfcbfbc7908325c8d4468911150e4b551ac2eca9f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/timeutil.h
SPDXID: SPDXRef-File-timeutil.h
FileChecksum: SHA1: 06a4d7668866c32e6ad1b0943b1f3e5727e52a31
FileChecksum: SHA256: 9dc5ee7fb2d9f64bc9241b27f1149ac902f83bbc1a01cf7dd4cf2160aba2e3e2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/util.h
SPDXID: SPDXRef-File-util.h
FileChecksum: SHA1: e4e38a85661f4980cfc78b127468d2fd461cecd4
FileChecksum: SHA256: c8cad1747cc5185de9aa90ec9f66a0945e7ed919fbceb563245a3aa481626311
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/util_internal.h
SPDXID: SPDXRef-File-util-internal.h
FileChecksum: SHA1: ce545bd70621b980a294259c595b889203817b0a
FileChecksum: SHA256: cd3944176140b6ae86d3d8f9a630f1dff19c4607bdb53e3df5754cd72852de96
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/util_loops.h
SPDXID: SPDXRef-File-util-loops.h
FileChecksum: SHA1: 6d28c1f7ce8eca3b6b8d5d18a02f3aeb74da89f8
FileChecksum: SHA256: 143b9672adcf56a05fc94231b358d4d0e8f828a726fdf9a4ec55dc5fd6efaf09
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys/util_macro.h
SPDXID: SPDXRef-File-util-macro.h
FileChecksum: SHA1: bafd7d83d6238870a6a7d0244f962bd44c17098e
FileChecksum: SHA256: 828a6528a003e74c0d5cdf6865f3c69c0c71019956f1696feaf5877dffeee877
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/sys_clock.h
SPDXID: SPDXRef-File-sys-clock.h
FileChecksum: SHA1: 719caf467e13efef675ffb732d95805f99fd8e43
FileChecksum: SHA256: 2847effcdd7e3ef1a4f4ab75181b0c987719a0530c4314c740051cf31732c6f7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/syscall.h
SPDXID: SPDXRef-File-syscall.h-3
FileChecksum: SHA1: adb9c5314b401cfb051e208e7e6750005adb3175
FileChecksum: SHA256: 28b6bdd9c7a588268e7ec39e9a0d2c17b11c82e44cca1737096b1da16f7ae0dd
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/syscall_handler.h
SPDXID: SPDXRef-File-syscall-handler.h
FileChecksum: SHA1: 39797f04b3fbd35745609870840bafeaf407b18b
FileChecksum: SHA256: 055784588bf123f15500bb73c6c3b2ff2a4bf955736a6c924f48d97a1b85a9ff
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/task_wdt/task_wdt.h
SPDXID: SPDXRef-File-task-wdt.h
FileChecksum: SHA1: 604ba6084d1bf1f6720190278708513ded734f46
FileChecksum: SHA256: 1a4a74e67e58fffac9d8555384093fdbae8eddaf793690217168677e0d41f042
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/timeout_q.h
SPDXID: SPDXRef-File-timeout-q.h
FileChecksum: SHA1: 2a39443619c539f1b731663263a438b80398e413
FileChecksum: SHA256: 6f6f40948578f39bcb63462ed45aed0e6c56ad750e3b142c3d46fbff742d855e
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/timing/timing.h
SPDXID: SPDXRef-File-timing.h
FileChecksum: SHA1: 22805be47cc0e8b65a4c5a01d9093bd0360c13a8
FileChecksum: SHA256: d46b415dbbe4df80602cbb10b944139f7e98c839b4b3c776489f7e6c6cecf743
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/timing/types.h
SPDXID: SPDXRef-File-types.h-2
FileChecksum: SHA1: f1e0398cc731af3377127b34e906cc72663632ef
FileChecksum: SHA256: 5b8dd6129ce44a38af8b6a1297ce2cd9ea7c5d7e0a1ab6d5d010c95c20f5e7bf
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/toolchain.h
SPDXID: SPDXRef-File-toolchain.h
FileChecksum: SHA1: e577457e62301e0935d4ceae7c566ab2257f23f8
FileChecksum: SHA256: 4f696b7d9c693249bfba94a5850371309581ebaf37945fa5c25333d456ac89d6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/toolchain/common.h
SPDXID: SPDXRef-File-common.h
FileChecksum: SHA1: ecbab6c1f23577c096ec7ccf6416480fe6b01377
FileChecksum: SHA256: 42c3042b011259fb76ec12aeb8e981f144e01dfc4436fcf7afeb6bc78fe3475c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/toolchain/gcc.h
SPDXID: SPDXRef-File-gcc.h
FileChecksum: SHA1: 4ac923a19f0252f0d7f572cd6128fdb21d294ba9
FileChecksum: SHA256: bf9291b7df43f416969fb8734c7246ca463be3fc22d1c4362c6bb27bedb5b288
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/tracing/tracing.h
SPDXID: SPDXRef-File-tracing.h
FileChecksum: SHA1: fa2ec9c984a1495713cdd094aaad3d24e3526284
FileChecksum: SHA256: 9cba64f74783804d5585336d5b72db7d786be9aa8b846106bb87cb719cd4be69
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/tracing/tracing_macros.h
SPDXID: SPDXRef-File-tracing-macros.h
FileChecksum: SHA1: c67dde15468915b7fb05805b775d6f3dcfbef800
FileChecksum: SHA256: afa4a4424d48f5e68d81795ba648be0b81527e0bb0f4528310afcb8cc43852cb
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/wait_q.h
SPDXID: SPDXRef-File-wait-q.h
FileChecksum: SHA1: 7a41395b1344997b71795c8c735a484bd501283e
FileChecksum: SHA256: b781234ff8763d9edecd1cba213150269d27639af829757d98115e1f2a2fdb2d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/zephyr.h
SPDXID: SPDXRef-File-zephyr.h-2
FileChecksum: SHA1: 59c248adf2e7a048486df35e1f838322113e62f8
FileChecksum: SHA256: f9441a1313e3fcf64f7235e3d35d80f57d3a8bf0ad68c24f4036f1bdbfa5d2fb
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/include/zephyr/types.h
SPDXID: SPDXRef-File-types.h
FileChecksum: SHA1: 5444897e4d30e0ba7ba8cfef2bff18c5d503bb58
FileChecksum: SHA256: b003c77cffc1b4332b519a84a7b9e5113c1189cd08f5638dcd965fc7b85ecb7f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/banner.c
SPDXID: SPDXRef-File-banner.c
FileChecksum: SHA1: 908747eaa641d06bb841265aa58e6c8fc808ce8d
FileChecksum: SHA256: 5180861322c480452c41f722fe3a4312bba5561779c3cc48caf02f0fd1a904a6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/condvar.c
SPDXID: SPDXRef-File-condvar.c
FileChecksum: SHA1: 69aca4a6c6e259dbfaf0ce783df45cfd79741613
FileChecksum: SHA256: 7168b8311cc6ba6fe0afdfa9ea1c2fe9703848613305ba923a74d6931662861a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/device.c
SPDXID: SPDXRef-File-device.c
FileChecksum: SHA1: cc19ab67eff33a72f78113116be0330f5a89d82e
FileChecksum: SHA256: 44bf4a4d9825b8262fa16d07643ec9d4b096a9262b1c2dea1e37fe0535c66b44
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/errno.c
SPDXID: SPDXRef-File-errno.c
FileChecksum: SHA1: 1ecf73ef3f9ff636468d896dfa7524d71e104cdf
FileChecksum: SHA256: 08a37510c314f7c4c590cb2441d085a1fecf7e359a16523a8935a18afcd7c377
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/fatal.c
SPDXID: SPDXRef-File-fatal.c-2
FileChecksum: SHA1: 01ed2a408da956c95607d4fd8042aca3c205c18c
FileChecksum: SHA256: 7b1c548926a02da87b0d23bac617815945a3a972c282edc78cd9dfa4e61783f1
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/idle.c
SPDXID: SPDXRef-File-idle.c
FileChecksum: SHA1: 9a13f6b1c5a258120fd0960c97de996f82e3bf2b
FileChecksum: SHA256: 8509d185341b577a21ed5245eeb7a365c2da735b42fced0dee2ef889f9123af0
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/include/gen_offset.h
SPDXID: SPDXRef-File-gen-offset.h
FileChecksum: SHA1: b686c3def0ec7774edb173ba01db5527b063d4e3
FileChecksum: SHA256: 9f5d6e9cfb1bd4e3c8ac79cde9ae8c4f0860e643a6f49ca4ff520ff0ea964762
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/include/kernel_arch_interface.h
SPDXID: SPDXRef-File-kernel-arch-interface.h
FileChecksum: SHA1: 9bb14977000b99a17a3345a940776edc393d239d
FileChecksum: SHA256: 04fe5da50f0cf7e08115ca63bdfc06ac7cf0ed12670fc3c3290aea0ca07357cd
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/include/kernel_internal.h
SPDXID: SPDXRef-File-kernel-internal.h
FileChecksum: SHA1: af1d29d6d32ca158e0638e7b4ab74d388a691aab
FileChecksum: SHA256: b4e0c3189d9a4ea37544f8d0044a7becaabe7422167e1ae65cf0316d4b4ccfdc
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/include/kernel_offsets.h
SPDXID: SPDXRef-File-kernel-offsets.h
FileChecksum: SHA1: b1d54d13ac67caa8452c71c016a510c15854229c
FileChecksum: SHA256: cf857d72baf2ed73d36cd6bd7809045e88186e4899eb6f331133d0e695118ba2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/include/ksched.h
SPDXID: SPDXRef-File-ksched.h
FileChecksum: SHA1: 8d04c9f1581d730b7a48ea378340e9281e6ed3b5
FileChecksum: SHA256: 3361b70d37e8cbe6e70c2549aeef1336003759ac201e771a0fe1dad4744bc4e3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/include/kswap.h
SPDXID: SPDXRef-File-kswap.h
FileChecksum: SHA1: 1d75eaf05a9d01d5b21fc0001ae6793cad8f1ed6
FileChecksum: SHA256: d077d1cfda5c12238c6ccfb1dd55acb8ca0a8083bbe44ab6a89354f71e83c984
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/include/offsets_short.h
SPDXID: SPDXRef-File-offsets-short.h
FileChecksum: SHA1: 70f0896fb019a7819f9b8bb58e8e873863be5dc2
FileChecksum: SHA256: 06651b0d82ac6c7074cdf4dc7145f63be76b434549ad061c6f966760b728e4ae
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/init.c
SPDXID: SPDXRef-File-init.c
FileChecksum: SHA1: 2f34cc04d7dbb39340c5fefdaeacdf30e951d22c
FileChecksum: SHA256: e86b78496fbe266856be28bccf371e2d882292f12f77311a90bab4cc1aa4d99c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/kheap.c
SPDXID: SPDXRef-File-kheap.c
FileChecksum: SHA1: 2a3457afa2abc9a7308b4d8f4b22a0b201cbde83
FileChecksum: SHA256: 96b4240ab408a78cee30918e83fb5cdcd6657058c9b8549897cf62576c4a3176
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/mailbox.c
SPDXID: SPDXRef-File-mailbox.c
FileChecksum: SHA1: b44be59e44559337f6fa4af08a7be2c8b4b2df8b
FileChecksum: SHA256: ac25d31c8bab8852cf20c23291aa8b59fac8fc9e84eaf11ebdc0dfa265fe85a6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/mem_slab.c
SPDXID: SPDXRef-File-mem-slab.c
FileChecksum: SHA1: 1ed7b19563715af8c7eb0cc66bea3ae6b6537021
FileChecksum: SHA256: e97c974497c3e6a8980efb56a3383d05a69f9b066b674b1cd7728b6195917f3b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/mempool.c
SPDXID: SPDXRef-File-mempool.c
FileChecksum: SHA1: 2f08aa1b59f5bd709dfc91175bf4ab868dd6a99d
FileChecksum: SHA256: 81e478b047094dac37d033a1d4d3e4b0a10cd1db2b7df60a84fe8d7516007d7f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/msg_q.c
SPDXID: SPDXRef-File-msg-q.c
FileChecksum: SHA1: 35e0a2ab91ba669806b9bcf984c8d988e007060c
FileChecksum: SHA256: 057ce7120a542a930bcd3b25a04ae3dff72373fafb5ead8f4b3b8a919cccc278
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/mutex.c
SPDXID: SPDXRef-File-mutex.c
FileChecksum: SHA1: fa06c503a2ffc7a03959a95d017152f56237920f
FileChecksum: SHA256: a2e9656c89f0d016bcde773b195bc8fe0d3ac557e6a74a6e4a6a6a5c598b0ed5
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/pipes.c
SPDXID: SPDXRef-File-pipes.c
FileChecksum: SHA1: 3665dcaccd544c0519ab9ca844417591949d9c44
FileChecksum: SHA256: ab878f5707e7af5050b2f7faee40af18ca712cff0c77d720f1db4dfd3272b88b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/poll.c
SPDXID: SPDXRef-File-poll.c
FileChecksum: SHA1: eaa5d06ef11024bb28dd6c11e8fe429b2422c535
FileChecksum: SHA256: 2ded29607e28d46e24dd0fcd05d16e0a7b0dc19a9648822b54cabf6abd714630
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/queue.c
SPDXID: SPDXRef-File-queue.c
FileChecksum: SHA1: bb2398600a976a94c0d15aa2618baa93e75437e0
FileChecksum: SHA256: af0c53b4d5770fc4603f8fbdd65268556131c06310aed4c0c2782f85eeadb129
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/sched.c
SPDXID: SPDXRef-File-sched.c
FileChecksum: SHA1: a46c4144ab9a51f9a2ec5130605563fd679ed622
FileChecksum: SHA256: 2dd25c66c0549adb0977c27d786cbc09657570eb129c2d2b6eb3224d5cf973a2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/sem.c
SPDXID: SPDXRef-File-sem.c
FileChecksum: SHA1: 97dc257d524b53d8a855541dd0a0f42d79e6a46f
FileChecksum: SHA256: ad0ca5e9c8bf0615b37433007e12ef6be15f1bc8010537db8f9650d86059bb8d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/stack.c
SPDXID: SPDXRef-File-stack.c
FileChecksum: SHA1: 144c34f6637a654925682bc933fe48b2476cc2c7
FileChecksum: SHA256: aa92feebcb919b44999b696d3c037dbb889587fe4ac915a836019797e9779a0f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/system_work_q.c
SPDXID: SPDXRef-File-system-work-q.c
FileChecksum: SHA1: 02e4fcd8856caba8aa8c9f8cc10c7d4886996bd0
FileChecksum: SHA256: 64bd033511cd6648586c2bec8d4790865fd3076c75c73b085bbc55872153b1fc
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/thread.c
SPDXID: SPDXRef-File-thread.c-2
FileChecksum: SHA1: 985a944bc9ec1994909dcb9706778b7753805803
FileChecksum: SHA256: 8954b1faac614d5c5038fa70f5d5f58212e80797cc70f93d356f37dadcdc599b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/timeout.c
SPDXID: SPDXRef-File-timeout.c
FileChecksum: SHA1: ee88a1fa0ce661ca94110c664efd69d11505e1bc
FileChecksum: SHA256: f58b89b74fa19f1f51f253a58e3f397c32ef3b487a19a995d4f0290a38b749c1
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/timer.c
SPDXID: SPDXRef-File-timer.c
FileChecksum: SHA1: 21d1bedec92ace25f6ddda4d3dbee6085af07f1e
FileChecksum: SHA256: 5b318e4a92db8c02fd27e3cc06f17a4a70268ba57fe41a4d4f55d1969c0cf388
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/version.c
SPDXID: SPDXRef-File-version.c
FileChecksum: SHA1: 809dd44807821b51259e9053a54197206f58d19b
FileChecksum: SHA256: bba0de403e813195c17e42fe8f759984849dbc2409f9876a0ff0524b6551327c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/work.c
SPDXID: SPDXRef-File-work.c
FileChecksum: SHA1: 9e10c7cd33edda8d677bfebc6e518bb9cfbacf5e
FileChecksum: SHA256: f9b2f32c0da4b3068bc5ba2ef1599f6db23d16b66f699f928e08a3c5bec923f7
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/kernel/xip.c
SPDXID: SPDXRef-File-xip.c
FileChecksum: SHA1: c97165228d924b477cf89d81326ed677a9f86ebd
FileChecksum: SHA256: e102ace489b665d6405e79cc5a510cab6d01729b8e0d3615a26c39c1dd3c66cf
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/libc/newlib/include/stdint.h
SPDXID: SPDXRef-File-stdint.h
FileChecksum: SHA1: 9eae710fa691955fab675de70821064074054beb
FileChecksum: SHA256: 094532f5b8b49c4eadad2ce781ded0bd8042d0a3a4461959ef12de0be3c43507
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/libc/newlib/libc-hooks.c
SPDXID: SPDXRef-File-libc-hooks.c
FileChecksum: SHA1: 6909680ce72f084553e89c8a52563f4b3a2eed61
FileChecksum: SHA256: 366e29460df98f2685dc3e3152c36a4a895619842ff514211fe94e9718afc49b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/bitarray.c
SPDXID: SPDXRef-File-bitarray.c
FileChecksum: SHA1: 4c2d0645ce616af4d241e88e81187c70595f11b6
FileChecksum: SHA256: 499fffeb8ac1cfd2f8c1ecf053473a067c51ca6858f2f7ebef8a8b2695fbe9cf
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/cbprintf.c
SPDXID: SPDXRef-File-cbprintf.c
FileChecksum: SHA1: f0ce5a0810b61561d42cbc47f303cd2d47204680
FileChecksum: SHA256: 12580c419e628411160ebcbb6c0c4ab53affe1295eb346ee2a5f28311224d980
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/cbprintf_complete.c
SPDXID: SPDXRef-File-cbprintf-complete.c
FileChecksum: SHA1: 88cb4e8c9d16f1c914805bfb46147d04798b6031
FileChecksum: SHA256: a43add0ae3e56137f1f17a0889d4a390a658f6b2543b539997da2e7e4901ef06
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/cbprintf_packaged.c
SPDXID: SPDXRef-File-cbprintf-packaged.c
FileChecksum: SHA1: 1f22314f270d55a477f7bd87ce44111d5756faa3
FileChecksum: SHA256: 6f972f616c2b625bc111cd53fd8f2f849756d6405f9d3387ff1688f34ee312d1
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/crc16_sw.c
SPDXID: SPDXRef-File-crc16-sw.c
FileChecksum: SHA1: b3ebf368bf43c15a0b75c4823240846e5f89f11d
FileChecksum: SHA256: 33a44bdf712aca0e6be15c9c86765aaef4b6374eec5851f584b560cb3bdef3c9
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/crc32_sw.c
SPDXID: SPDXRef-File-crc32-sw.c
FileChecksum: SHA1: 3b53fd350075995b1ee33985d99048e153cfc2ed
FileChecksum: SHA256: a246a1e345c7e29e3c32d1d4cabd2e2221c1fd2e100e43905a23a93dfb90b7d5
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/crc32c_sw.c
SPDXID: SPDXRef-File-crc32c-sw.c
FileChecksum: SHA1: 8df664a322a7a4b17d2a0be2c306325cd1d8aee4
FileChecksum: SHA256: 9724bb7c9e1f8402a5f438f067eefbc2412201c058d1f5f1e3b6785b653dc4dc
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/crc7_sw.c
SPDXID: SPDXRef-File-crc7-sw.c
FileChecksum: SHA1: 7350f3e0093f7403b5941baaa6d62222778701bd
FileChecksum: SHA256: 9377763f00bbac5367bd48d9ded7d89fdde48e2c57079f5ad085627583208569
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/crc8_sw.c
SPDXID: SPDXRef-File-crc8-sw.c
FileChecksum: SHA1: 60de0c26321b6b623fd55a6b8a19a9eeb8fec03a
FileChecksum: SHA256: e6cd4d463aa7072b87df4aad5c166d6d7b3783e14752aab3e82f5f70ae1bb260
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/dec.c
SPDXID: SPDXRef-File-dec.c
FileChecksum: SHA1: 765853df46fd2192bd57179bd589fcbd410ff225
FileChecksum: SHA256: 0cef99ecf403cc2c1691b3af4210f4fe7b593a0daa1560cc64bf50e0e2403839
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/fdtable.c
SPDXID: SPDXRef-File-fdtable.c
FileChecksum: SHA1: f71b130d431fd44345d30bdf5e54f3fdaa3fca59
FileChecksum: SHA256: 5e2ffe53f654e4d21366228df27300a2d053ca4fcf877dc81bdbac744719134f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/heap-validate.c
SPDXID: SPDXRef-File-heap-validate.c
FileChecksum: SHA1: daa9952524861def284f49d4b476cb9daad18460
FileChecksum: SHA256: b79bd1ef46f512fe387fdda54b16e1d449e5f5805e8ac7c8965c07b46b1cda01
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/heap.c
SPDXID: SPDXRef-File-heap.c
FileChecksum: SHA1: 78e613cf72fa40cdc469d02753d5c453dafa2562
FileChecksum: SHA256: 9b63bc449473a930b10b0f78f52e15a850b9d077cca6579cf515f17a16403e75
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/heap.h
SPDXID: SPDXRef-File-heap.h
FileChecksum: SHA1: 89db3500f788cf3778cfefae67cbc123aee2b321
FileChecksum: SHA256: f3a149e10f8f73f0ae7d7542e7f88c5da9c9893b6cbabc95e7c50358825d8b11
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/hex.c
SPDXID: SPDXRef-File-hex.c
FileChecksum: SHA1: f04a013509bcae1bea093a80829b49ebd2cbb754
FileChecksum: SHA256: 4f30d64ea6717d2ebd862deaee453dc25086125f869bccb9338fdf2b43dfec62
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/notify.c
SPDXID: SPDXRef-File-notify.c
FileChecksum: SHA1: 1d30db1b52ba017e2ed49d6fdcc8cca3ffe63c2e
FileChecksum: SHA256: 17b97442003426bf053989fdcd8c0f2bbf6f3befc9eb909544f287a201efbc89
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/onoff.c
SPDXID: SPDXRef-File-onoff.c
FileChecksum: SHA1: 83542b0ab5f5f1f4a2565834aa17b3125d3c3eb5
FileChecksum: SHA256: 2c8ecafd2abddc0bfed0cfaa91bbc4eecf3ae0560192ecd92e5b69d1d7973fcd
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/printk.c
SPDXID: SPDXRef-File-printk.c
FileChecksum: SHA1: 943c9b51e9e6fa68d505d2451a7f6f24cf9d0416
FileChecksum: SHA256: 28268c465e1b677420c3d0cafe5eb3b6640de198c885221c0e1b4069ec577c47
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/rb.c
SPDXID: SPDXRef-File-rb.c
FileChecksum: SHA1: 14059fc79368013190f2a4f913b54b7c7285efed
FileChecksum: SHA256: 84303031a1a415b50f8d2a1f6537a4a14b77ac1bbfc88e208c2adae2af3a63b8
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/reboot.c
SPDXID: SPDXRef-File-reboot.c
FileChecksum: SHA1: 775422f0bcdfb42d374453f59d317d82be9978d7
FileChecksum: SHA256: c6e87988286ed10a5e445e3f875fa7df7a2e2a3c01e39226d7806d738121612a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/sem.c
SPDXID: SPDXRef-File-sem.c-2
FileChecksum: SHA1: b6f955322650894754b561b68988713ce3ff9249
FileChecksum: SHA256: 2b098bceb0c2f262730b81215ffc076214718514d74c0e2acfe6415e2f990795
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/thread_entry.c
SPDXID: SPDXRef-File-thread-entry.c
FileChecksum: SHA1: 751f11287ff05a857647547c03362483739ea081
FileChecksum: SHA256: aaf443e54615c2c95fe2966d3019862d2e8ab139c919f02b1e3e53c1abdcbbce
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/os/timeutil.c
SPDXID: SPDXRef-File-timeutil.c
FileChecksum: SHA1: 20c428497dc791e117212bd41641a00dae46d16f
FileChecksum: SHA256: 2a4aa0dae8ac866405757ed8a5955651c51ee9f36f230a75443145c6530332be
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/posix/nanosleep.c
SPDXID: SPDXRef-File-nanosleep.c
FileChecksum: SHA1: a3cde1090f8ae32adaedcbee57d6c573680699fe
FileChecksum: SHA256: 1239c0d2224698fb366d600331fbd218a559304f088a15fecfad877a22977615
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/lib/posix/pthread_common.c
SPDXID: SPDXRef-File-pthread-common.c
FileChecksum: SHA1: 0a086fa8e111ad59a5bace3af04b9665dce4c21b
FileChecksum: SHA256: 7c242561fd38188b85f0993a0ff041ff6d6f0d602862a413409d726bdca434b6
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/misc/empty_file.c
SPDXID: SPDXRef-File-empty-file.c
FileChecksum: SHA1: da39a3ee5e6b4b0d3255bfef95601890afd80709
FileChecksum: SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./zephyr/soc/arm/common/cortex_m/arm_mpu_mem_cfg.h
SPDXID: SPDXRef-File-arm-mpu-mem-cfg.h
FileChecksum: SHA1: 0e7dcf88cfce4f3bfc0dd4256b5c1155301d71b1
FileChecksum: SHA256: f5dcd40fd2622f190e2629a929645af55bd08fbcc337d8ef800284e7564c8405
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/soc/arm/common/cortex_m/arm_mpu_regions.c
SPDXID: SPDXRef-File-arm-mpu-regions.c
FileChecksum: SHA1: b56e9099e981e6c9d1f501c1b979e951001dcdc9
FileChecksum: SHA256: 47638ed19a2db5b52a9a535cad42f969ea4516186af4b62a90039a88ef6f2bae
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/soc/arm/st_stm32/common/soc_config.c
SPDXID: SPDXRef-File-soc-config.c
FileChecksum: SHA1: 677a9ccf536c7e38a74166bdffd9376c90ed02d5
FileChecksum: SHA256: 8f21fcd503507809fd7b06c7a16f2e244ea02bc15a4540efb28cb253af7594e2
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/soc/arm/st_stm32/common/st_stm32_dt.h
SPDXID: SPDXRef-File-st-stm32-dt.h
FileChecksum: SHA1: 64655b211ce8a9db7622ea57e88564f57473cb4d
FileChecksum: SHA256: d22b300258a18d28c1ee3ac0c743c31232ad673e68610837dd0427d5a4d04e9c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/soc/arm/st_stm32/common/stm32_hsem.h
SPDXID: SPDXRef-File-stm32-hsem.h
FileChecksum: SHA1: 438ba17ff2c28533f9cf62a847e7c34519cd31c6
FileChecksum: SHA256: eb5028231d963409604a2b24f3a5a59e4f7e0521ec38f9beac75f87721b2a543
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/soc/arm/st_stm32/common/stm32cube_hal.c
SPDXID: SPDXRef-File-stm32cube-hal.c
FileChecksum: SHA1: 6176ae79b77dbbf3e0687ff64930a4cb9ed5b70d
FileChecksum: SHA256: d1596ade9e5403da4db2675c2552bd94bc1335cf62fec0d18a7fc82dd9f1df6a
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/soc/arm/st_stm32/stm32g4/soc.c
SPDXID: SPDXRef-File-soc.c
FileChecksum: SHA1: b001c3af619193f0fa3d69cf690cbdcc78c0ad7f
FileChecksum: SHA256: 908b65be0ffe59cbf53e45743c934ea1854a46d1d231236b5aee3a81fe752cd5
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/soc/arm/st_stm32/stm32g4/soc.h
SPDXID: SPDXRef-File-soc.h
FileChecksum: SHA1: 5dce26bc739012e12e24f4516cdbb36fc389cbaf
FileChecksum: SHA256: 3ddaf95f73df9531bf6229fcc375f948ddff7bc9b7163e9b1daac2f6f5b967a0
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/canbus/isotp/isotp.c
SPDXID: SPDXRef-File-isotp.c
FileChecksum: SHA1: 1b0b9a2adfed5b1784bb1e770032d0989b6975cc
FileChecksum: SHA256: 0ec379b609664dd4377cdc3dfe4de6adb08bf3e41ef9ff42e267ca97cd724a9f
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/canbus/isotp/isotp_internal.h
SPDXID: SPDXRef-File-isotp-internal.h
FileChecksum: SHA1: 4d0e1f274e4141810bbb5443de70fd733bb3b7f9
FileChecksum: SHA256: 7ce88afd1192879c71dc803b6b4c15e099668e9ef5377bacf7b4e8937f1ba69e
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/console/getchar.c
SPDXID: SPDXRef-File-getchar.c
FileChecksum: SHA1: 13b4b0ab41c2ccb7873e87d61d01a42af9be602c
FileChecksum: SHA256: b64c01c35f1ac7f2080048668b4f5d3615d51b673cc223f9e69a466250824a34
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/console/tty.c
SPDXID: SPDXRef-File-tty.c
FileChecksum: SHA1: 5b76a62cb2cf74d9d11f8bcfe00a930d14917bf5
FileChecksum: SHA256: 4a92196cf667e7fe2a959a73768bcbc2afcb831b2ff4fe7e1266799d72981cc3
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/cpp/cpp_ctors.c
SPDXID: SPDXRef-File-cpp-ctors.c
FileChecksum: SHA1: 71350b948c937fae8d46415381451cf0c0f614a8
FileChecksum: SHA256: 698a2bf95fb9c2420697912215fd765fe575ebb9c564bf3e4158694b7596499c
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/cpp/cpp_dtors.c
SPDXID: SPDXRef-File-cpp-dtors.c
FileChecksum: SHA1: f59633fe6d8e2291f9813fa58706886687f06c88
FileChecksum: SHA256: b3abab8d7b41897df3e5c6609247680642c25ba7ead918e2aec45b5fa6c20453
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/cpp/cpp_init_array.c
SPDXID: SPDXRef-File-cpp-init-array.c
FileChecksum: SHA1: 09e717e9f6f80ee968be8ce3c1d783daa96c0bd3
FileChecksum: SHA256: 9d47c7260398015653ebe4012c47075deeadab724cc86cd0d10c18fd4bbc6e91
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/cpp/cpp_new.cpp
SPDXID: SPDXRef-File-cpp-new.cpp
FileChecksum: SHA1: 307bc1b81b72e20bb2faf3396bdee0cee1556953
FileChecksum: SHA256: 4cd131fe0ef81f436e63a0d899c27548df3094c5f3c6d5fd907e7f89c968e7e9
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/cpp/cpp_virtual.c
SPDXID: SPDXRef-File-cpp-virtual.c
FileChecksum: SHA1: 7afe18fcf1f4cc3febf660fcfca9fc43030be438
FileChecksum: SHA256: a22e8e2a53c24bcb8e3b3c04bbea7361099e74c5c2fc63d1e215f407e1ec4e94
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/cpp/cpp_vtable.cpp
SPDXID: SPDXRef-File-cpp-vtable.cpp
FileChecksum: SHA1: 13a5b47080c7b6dc0ead87622dfc95faa0b9bb06
FileChecksum: SHA256: caf989f50959b5e0347c61fbe05b9ef5f3167a88e16e62faf723dec144044d6b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/fs/nvs/nvs.c
SPDXID: SPDXRef-File-nvs.c
FileChecksum: SHA1: aca2508dd3d59113e18080e562c0c88c1b368873
FileChecksum: SHA256: e10a940c4b59d527e05b92d4bb105bf6f3b2950ff851df961f0e1936be6e5216
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/fs/nvs/nvs_priv.h
SPDXID: SPDXRef-File-nvs-priv.h
FileChecksum: SHA1: e8ba5b567d131696dfa151fccbcc52c42bb06ddd
FileChecksum: SHA256: 3d4387316bb5d28786908cd98f7e757cdddc28e7b8883d86954c867a3e74d1f0
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/logging/log_minimal.c
SPDXID: SPDXRef-File-log-minimal.c
FileChecksum: SHA1: 4c0dbc34054d273ceee38464f8bcede03f2eda88
FileChecksum: SHA256: dc85d607da5c5d690d33d2c40ba875573f18b61962965b54805b637d5021a19d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/net/buf.c
SPDXID: SPDXRef-File-buf.c
FileChecksum: SHA1: 74b4e0b0afc2aa00555e22d4196a82282c27cefc
FileChecksum: SHA256: f200024c06528a5e3ef55981afb4b3fce835866c413f5e85fdb63e337e843d6d
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/net/lib/utils/addr_utils.c
SPDXID: SPDXRef-File-addr-utils.c
FileChecksum: SHA1: 9295391a5fc50fbf429f736da27acee3c5955453
FileChecksum: SHA256: 4d744420e58e8769051bbc4371892cfb0ed7868fd45041eced1e3c2380aa8a5b
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/task_wdt/task_wdt.c
SPDXID: SPDXRef-File-task-wdt.c
FileChecksum: SHA1: 0207d96e0f87c63e63e6fe0157fb498b617620cf
FileChecksum: SHA256: a25bb746b8b126b15b218898456974aabb40021eaf1ad373fbe7e5407439c538
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

FileName: ./zephyr/subsys/tracing/tracing_none.c
SPDXID: SPDXRef-File-tracing-none.c
FileChecksum: SHA1: f7413ab937e945ad50e77a47211868874fcc5634
FileChecksum: SHA256: a7684dbfa2982fddb6b42e35116c3619dbd089791a9b90a354ed4f6a94a97076
LicenseConcluded: Apache-2.0
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

