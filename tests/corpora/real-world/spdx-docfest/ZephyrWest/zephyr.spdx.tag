SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: zephyr-sources
DocumentNamespace: https://swinslow.net/plugfest2-sboms/charge-controller-firmware/spdx/zephyr
Creator: Tool: Zephyr SPDX builder
Created: 2021-06-08T01:29:31Z

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
PackageVerificationCode: ebbc83a6d8f5bde0bd5e53b64021e0165d17cb6b

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

FileName: ./modules/hal/stm32/stm32cube/stm32g4xx/soc/system_stm32g4xx.c
SPDXID: SPDXRef-File-system-stm32g4xx.c
FileChecksum: SHA1: 259bac65dd6452f1312a2deb56c85150a53b9b44
FileChecksum: SHA256: 475467136ea705109301c78f0468f6407599d35933f18c5f73a3e0827377a6f1
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

FileName: ./zephyr/arch/arm/core/aarch32/mpu/arm_mpu.c
SPDXID: SPDXRef-File-arm-mpu.c
FileChecksum: SHA1: 9f1279dccc77b65249612cf016505b9c442c952b
FileChecksum: SHA256: efe35c527b536ba3ab13c45f55666da778688512b414bd78b3b4ee2a3f29d770
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

FileName: ./zephyr/drivers/can/can_stm32fd.c
SPDXID: SPDXRef-File-can-stm32fd.c
FileChecksum: SHA1: 415fd155dd20071e89482956433ee322de141387
FileChecksum: SHA256: 831a5d01b6226c1903b3087a99836a941e5a85699370c15b4b189c36dd4f756d
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

FileName: ./zephyr/drivers/flash/flash_stm32.c
SPDXID: SPDXRef-File-flash-stm32.c
FileChecksum: SHA1: 19dae2e7149006f669328cc1af9686e467e1b726
FileChecksum: SHA256: b01407166c038cc1e4e52ee3eea5a44a84800951a127c49a65d3d877ce720589
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

FileName: ./zephyr/drivers/flash/spi_nor.c
SPDXID: SPDXRef-File-spi-nor.c
FileChecksum: SHA1: dd3e35222dacb413d1fa04dd6bd82bec58ee83f0
FileChecksum: SHA256: 4d4ca811a71abda9aaf3d576ca4e64e75c9aa7cec54201933ea82db3327f0575
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

FileName: ./zephyr/drivers/spi/spi_ll_stm32.c
SPDXID: SPDXRef-File-spi-ll-stm32.c
FileChecksum: SHA1: 9eb867da1f2eed200203fc28effd6bf53ef18ad3
FileChecksum: SHA256: 4b814d1c0587b0a9c249a3c6bc631d5d599c383576de42f8bd15632155e412ed
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

FileName: ./zephyr/subsys/canbus/isotp/isotp.c
SPDXID: SPDXRef-File-isotp.c
FileChecksum: SHA1: 1b0b9a2adfed5b1784bb1e770032d0989b6975cc
FileChecksum: SHA256: 0ec379b609664dd4377cdc3dfe4de6adb08bf3e41ef9ff42e267ca97cd724a9f
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

