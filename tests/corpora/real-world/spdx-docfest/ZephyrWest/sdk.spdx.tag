SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: sdk
DocumentNamespace: https://swinslow.net/plugfest2-sboms/charge-controller-firmware/spdx-with-headers/sdk
Creator: Tool: Zephyr SPDX builder
Created: 2021-06-08T01:32:35Z

Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-sdk

##### Package: sdk

PackageName: sdk
SPDXID: SPDXRef-sdk
PackageDownloadLocation: NOASSERTION
PackageLicenseConcluded: BSD-2-Clause-FreeBSD AND BSD-3-Clause
PackageLicenseInfoFromFiles: BSD-2-Clause-FreeBSD
PackageLicenseInfoFromFiles: BSD-3-Clause
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION
FilesAnalyzed: true
PackageVerificationCode: e3d8f5bf3f4f6e572703116c519f399c164bc6e5

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/_ansi.h
SPDXID: SPDXRef-File--ansi.h
FileChecksum: SHA1: 86ef4d2213ae18d2addc9ccd8915e84de44f827f
FileChecksum: SHA256: 5c6403b471ee897c9a6c12e00a58617247804eb3ee72d7baeb7c08616090dd1d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/_newlib_version.h
SPDXID: SPDXRef-File--newlib-version.h
FileChecksum: SHA1: 18c2341a01f6a969e04efdefc3deb52e24237ee8
FileChecksum: SHA256: 93a397574a25b9c143cee7fcb86d8fc9a0c9ba418e4710a30d2d19ba1e4120db
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/ctype.h
SPDXID: SPDXRef-File-ctype.h
FileChecksum: SHA1: 12f1a0d8c8d8e339e0d248714656446bfbbfdb52
FileChecksum: SHA256: cdf15e7581347623ec96e3dd5e17d002e852ffcb2dd9ab0ea8e2c1a980e154dc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/errno.h
SPDXID: SPDXRef-File-errno.h
FileChecksum: SHA1: ac5ed2735f5c0522a9f0953a12aa4195cc224b78
FileChecksum: SHA256: 53d288d669b43f2341048bf58bc5e6e46a5cfbe68c6d296a3b2e2f1378ac3ca8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/fcntl.h
SPDXID: SPDXRef-File-fcntl.h
FileChecksum: SHA1: 0ab2c2010c8c3760290af89aefec21a37c3e3ecb
FileChecksum: SHA256: 637889253928e98bc028dbdcd58560492aed8e981eff349c43a8e7e6a45f75f5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/inttypes.h
SPDXID: SPDXRef-File-inttypes.h
FileChecksum: SHA1: e9654a0fa28cdff7309b4e35ad052a4b3ab65595
FileChecksum: SHA256: 20298be1c77c2dc2415575862f7636164965188b293e3465237773928e4380c5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/limits.h
SPDXID: SPDXRef-File-limits.h
FileChecksum: SHA1: 6f0d2d3c2498488f17997e025ae54043ae228197
FileChecksum: SHA256: 16b91bb4b4f7053ddfbbe6ec0925d901093499468151289d5c224d718ec25e44
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/machine/_default_types.h
SPDXID: SPDXRef-File--default-types.h
FileChecksum: SHA1: b4e75bfb7db332f1a5a5c59743d948f90a4ec0df
FileChecksum: SHA256: 5d8f9f7ead7927e4b8b7ed00172e84f2ae82ea7f5f6ba3240ff813a9236771b3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/machine/_time.h
SPDXID: SPDXRef-File--time.h
FileChecksum: SHA1: 4b7511fa0ef1b8a3fa551e0a01953411cc453e56
FileChecksum: SHA256: 30d5767d9856a34b13effab3cc2663bc48d77eaf778d313f243b25015dfe1d8b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/machine/_types.h
SPDXID: SPDXRef-File--types.h
FileChecksum: SHA1: 2ee00406408a1f9c414115634f67531176b091ca
FileChecksum: SHA256: 44544ecbbc10c8aa58ca2da6d0617ffeee5af847af24515ab108c8218d6d92c8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/machine/ieeefp.h
SPDXID: SPDXRef-File-ieeefp.h
FileChecksum: SHA1: d22d7bc008752f827af8d633ed0f8f3933ad43d2
FileChecksum: SHA256: dd0e8869f5664cd67ca8d19b1b46f635c7b7277456d4b333c8a2068d97af2a1a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/machine/time.h
SPDXID: SPDXRef-File-time.h
FileChecksum: SHA1: 12087be52d74a25e799ac2e259565f60a98cc377
FileChecksum: SHA256: ac7672170b5e2df1fe1d40a9aa5a83356e7df9c221de771c8dbf79da68e0757d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/machine/types.h
SPDXID: SPDXRef-File-types.h
FileChecksum: SHA1: 7b24328c263d7603ca03cb1befedd1f89d035a4e
FileChecksum: SHA256: 3be8e785d201f2972db6a96ae1adb4263227623c7e298aded1a662cb8da93ea3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/newlib.h
SPDXID: SPDXRef-File-newlib.h
FileChecksum: SHA1: bcb7df16f9d55a2cc413c91b4765872a6a37d824
FileChecksum: SHA256: 222a11517e5ecce32bb142dac4664d244540a7446a13f0a05e073bf2bdda926d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/ssp/ssp.h
SPDXID: SPDXRef-File-ssp.h
FileChecksum: SHA1: 4b37c3ade0713d3a1b99c02b6d0b333b4c1dd2c0
FileChecksum: SHA256: 3ea87dfe55db5773138465743a152231147bb5adc2576aae916ed3404457a640
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/ssp/stdio.h
SPDXID: SPDXRef-File-stdio.h
FileChecksum: SHA1: a3d0dda6cb3da0f616e37a756340f38a454bee76
FileChecksum: SHA256: 4cb15cadb5685fe3bc36f6f33004629998521989f48a8b1b8410432b7342f1f5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/ssp/string.h
SPDXID: SPDXRef-File-string.h
FileChecksum: SHA1: 304415bcadfc7de59c5470a15a4b2071099e2e1b
FileChecksum: SHA256: 0f6d463ff5059a383367572bdaad0232182fe606f793037eeb0837365c80252d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/stdio.h
SPDXID: SPDXRef-File-stdio.h-2
FileChecksum: SHA1: 59cf924fb2ddfc2643850b6a5663c83923240574
FileChecksum: SHA256: 48c6e22a842695f5ea6147a796da05b8cb3d9422c9d507ac6ccf411fdcac98c9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/string.h
SPDXID: SPDXRef-File-string.h-2
FileChecksum: SHA1: 9637ff2c018d7402f25e9c9e70a0cd8780e9a833
FileChecksum: SHA256: 3dfccecfe9a38d9cb6d32c371c8269ca5c20e8103ea7f4547c82d38347220634
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/_default_fcntl.h
SPDXID: SPDXRef-File--default-fcntl.h
FileChecksum: SHA1: 777b2cc88f1334b8bbfbc4c9362cafb567a773b5
FileChecksum: SHA256: e1accd803072a966c88e0666930ebfd8dd5b8bea33360b374b4a38607c34a06f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/_intsup.h
SPDXID: SPDXRef-File--intsup.h
FileChecksum: SHA1: e4c07f2b1696aaa7d9eb37102fc5bba2e2ceda4d
FileChecksum: SHA256: 1af8abe244b43a3a5b5a85f6c834aa206930b6938e8109fbec430bc140b68df5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/_pthreadtypes.h
SPDXID: SPDXRef-File--pthreadtypes.h
FileChecksum: SHA1: 93f9a5b958e1ca9ea47c40ba7b0ffd497e313236
FileChecksum: SHA256: e0924bdccdc1b9983c51436971b690cd58024aa7c56b83f3e076bfc4f51091b6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/_stdint.h
SPDXID: SPDXRef-File--stdint.h
FileChecksum: SHA1: e7417137ae5af273872d4e84b9527bd7010d6793
FileChecksum: SHA256: 49f8328943afa2a83ed4a35fcb808ed08b8c9fcb55373c786fb1b1d3a21952d7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/_timespec.h
SPDXID: SPDXRef-File--timespec.h
FileChecksum: SHA1: 3559d379e41189cf1a168f02325bb7a0ece60824
FileChecksum: SHA256: cea8007561c4c9285063cc2f941a284d008e9f044fdfa346572e8bb39f236391
LicenseConcluded: BSD-3-Clause
LicenseInfoInFile: BSD-3-Clause
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/_timeval.h
SPDXID: SPDXRef-File--timeval.h
FileChecksum: SHA1: f9507dc95e667e3fdc72d79b0707373983559571
FileChecksum: SHA256: 976b01c11c44422953444b3f612ca6a7d41d70569e25a4c0674e9f8899101b22
LicenseConcluded: BSD-2-Clause-FreeBSD
LicenseInfoInFile: BSD-2-Clause-FreeBSD
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/_types.h
SPDXID: SPDXRef-File--types.h-2
FileChecksum: SHA1: f44058836c37cb0bc72879dc033011f5dc0fdfac
FileChecksum: SHA256: 1bf0428859ddd602938cd25864ba4ebcb7bac003893c1a89d6ff1f11cd04752f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/cdefs.h
SPDXID: SPDXRef-File-cdefs.h
FileChecksum: SHA1: ce5ffd907f0d8f25691540df243d06751f653fcc
FileChecksum: SHA256: d8db73988994274b0d28d8abddb8bc555a9687db55d1f54f680e0842e959d296
LicenseConcluded: BSD-3-Clause
LicenseInfoInFile: BSD-3-Clause
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/config.h
SPDXID: SPDXRef-File-config.h
FileChecksum: SHA1: fd17a5cc8095b123f1eddda23d726509c5586224
FileChecksum: SHA256: dfd5cf1853d66cebba149ba70bac66c4c1d30637d4fb1eccbcd6eeb09ce3986e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/errno.h
SPDXID: SPDXRef-File-errno.h-2
FileChecksum: SHA1: 06335e7268bbe567442ba0f00afda52689e8b4b7
FileChecksum: SHA256: 9a9125c78ab81fd223146630c99996f81bc4049a2a488360c78609092acc9fca
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/fcntl.h
SPDXID: SPDXRef-File-fcntl.h-2
FileChecksum: SHA1: b6c9a75e27c3a06a0b64ce47af252311d31350ef
FileChecksum: SHA256: 29ca3a69bba00811217d263700ba86bf5b3d59b5fd1cc06f34c84751f6e44b87
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/features.h
SPDXID: SPDXRef-File-features.h
FileChecksum: SHA1: 4425ad34f9d4bab3b7677af9f446bfd73860f31b
FileChecksum: SHA256: 92eead7ab3bf7ecb315fd81d0f1eaec250f6d8d7d8574e3cd5d7f80dc779e771
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/lock.h
SPDXID: SPDXRef-File-lock.h
FileChecksum: SHA1: b1393c93f2aa56c0f8b8922e9a16d3092d58fc24
FileChecksum: SHA256: f5cad9196ce745967fd2673e085b5c03df7887d4d11d7544aff05ff6679be6b8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/reent.h
SPDXID: SPDXRef-File-reent.h
FileChecksum: SHA1: 5f073d2169b643efeee452274a626ab91ab7eea9
FileChecksum: SHA256: b2c7139f17213669456551b525f782427627d7e92cf18d6f1f6806e8d74e53b0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/stat.h
SPDXID: SPDXRef-File-stat.h
FileChecksum: SHA1: 9a05a815d9a86675535642f3177c5739980e4ff5
FileChecksum: SHA256: 3af36c81308f599ec7925c1fe2035f155781aa3674820150929a89b0542d4bb8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/stdio.h
SPDXID: SPDXRef-File-stdio.h-3
FileChecksum: SHA1: 4ace0cb9957b07adfa091a9265bc812681e846f9
FileChecksum: SHA256: bd987ea6fed5d31d8a4e7d183a7d988e981ecca3cffce76ee482fcb0bf65594b
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/string.h
SPDXID: SPDXRef-File-string.h-3
FileChecksum: SHA1: 208eae0b1b80403276a191dbbf3b9e52f9042ae5
FileChecksum: SHA256: b7164ee36ccb0a08bc27c7e381ea417c97d8c3fd3157de62b75d2a6bf7a0a589
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/syslimits.h
SPDXID: SPDXRef-File-syslimits.h
FileChecksum: SHA1: 2b8907bbaad2757feab796615e7a089fda893f17
FileChecksum: SHA256: 46bf581e256a121c62211ebdfcbd17feac1368c6e28052969ef81ce77472238f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/time.h
SPDXID: SPDXRef-File-time.h-3
FileChecksum: SHA1: 8c4e642aa08d1e856fab3ac513f81a350e5a5704
FileChecksum: SHA256: 5257d1a6dcc76341939fae314e53081ffa5e517439e2645a959997709b3f926e
LicenseConcluded: BSD-3-Clause
LicenseInfoInFile: BSD-3-Clause
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/timespec.h
SPDXID: SPDXRef-File-timespec.h
FileChecksum: SHA1: 44e2a1b82d632e85fdf15b3a187ad4ef750c35e2
FileChecksum: SHA256: c2c2dfdcf9deacccb8919ff633f212afa455e4779a2d12c47b9afa0eff7d73c1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/sys/types.h
SPDXID: SPDXRef-File-types.h-2
FileChecksum: SHA1: 1d5f40289c2e37dd87ab6e88184de69af9ec0f2f
FileChecksum: SHA256: 0a9beb981196c25b1992ed65eb25c909d6de4047c498392ee24da069e93abf40
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/arm-zephyr-eabi/sys-include/time.h
SPDXID: SPDXRef-File-time.h-2
FileChecksum: SHA1: ea718b7be257f0c1b3449a0dfe60292996d0893f
FileChecksum: SHA256: 32dec98852456877da25c1e7a56f2d6f30f2b0501d2fe499da30c5f9335118cf
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/lib/gcc/arm-zephyr-eabi/10.2.0/include-fixed/limits.h
SPDXID: SPDXRef-File-limits.h-2
FileChecksum: SHA1: d0a5c79dc7769009e30e9400603f9cefaa07c8ce
FileChecksum: SHA256: c22a691b1ca060619ee965b021ef428f05d2cea3393d43a15d7b19d95c959738
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/lib/gcc/arm-zephyr-eabi/10.2.0/include-fixed/syslimits.h
SPDXID: SPDXRef-File-syslimits.h-2
FileChecksum: SHA1: 238c8a1b9ec309de5bac212baf0a655a56da3a28
FileChecksum: SHA256: 22dd0ab81baadd5a8d455b445855f341d419c7b0267beca235de00b7ec78e529
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/lib/gcc/arm-zephyr-eabi/10.2.0/include/stdarg.h
SPDXID: SPDXRef-File-stdarg.h
FileChecksum: SHA1: 669dd3a568bd7c8b48dea2344d6851ae3326ee62
FileChecksum: SHA256: f5c150e379cd71d5a924680a870f007ff8295e656f3f11a3fd28dfb971ee3999
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/lib/gcc/arm-zephyr-eabi/10.2.0/include/stdbool.h
SPDXID: SPDXRef-File-stdbool.h
FileChecksum: SHA1: 55ee8159836fb8739becf035494cced3792618bc
FileChecksum: SHA256: 74764991a8ffd655a5ac9f5c4ef36274aa85a721ad3deac6a3f9a7708047c92f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/lib/gcc/arm-zephyr-eabi/10.2.0/include/stddef.h
SPDXID: SPDXRef-File-stddef.h
FileChecksum: SHA1: b568ca33dace499eaf8da7a60f32019133a98217
FileChecksum: SHA256: ae6110360a66cb2a1e1f2141925f70a4f5818b27a7de2b62a78503c3391b7eb6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/lib/gcc/arm-zephyr-eabi/10.2.0/include/stdint-gcc.h
SPDXID: SPDXRef-File-stdint-gcc.h
FileChecksum: SHA1: 3c1848bc5776f8fd6470ca6eaccae61949c5e892
FileChecksum: SHA256: 2903c7c715607eb9586af92878d88da6d5bc75d3434772a8ca8e4c6e0295a4b4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

FileName: ./arm-zephyr-eabi/lib/gcc/arm-zephyr-eabi/10.2.0/include/stdint.h
SPDXID: SPDXRef-File-stdint.h
FileChecksum: SHA1: 0a3e341f5e2de1c08c50919e49701eeeb4644c29
FileChecksum: SHA256: 86a7914ab7d6a18465a6fb9a7b54f945cad604fdbf3ca0d10e4e0254e0037911
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

