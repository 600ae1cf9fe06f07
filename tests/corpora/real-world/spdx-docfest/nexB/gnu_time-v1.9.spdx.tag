# Document Information

SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
DocumentNamespace: http://spdx.org/spdxdocs/gnu_time_v1_9-1a49e4d1-7f44-4a53-b492-9cc458ae681a
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
Created: 2022-01-22T00:39:27Z


# Package

PackageName: gnu_time_v1_9
SPDXID: SPDXRef-001
PackageDownloadLocation: NOASSERTION
PackageVerificationCode: 4ee8abb8bc16eaa2a44446bb6354fef171bb5543
PackageLicenseDeclared: NOASSERTION
PackageLicenseConcluded: NOASSERTION
PackageLicenseInfoFromFiles: FSFAP
PackageLicenseInfoFromFiles: FSFUL
PackageLicenseInfoFromFiles: FSFULLR
PackageLicenseInfoFromFiles: GFDL-1.1-or-later
PackageLicenseInfoFromFiles: GFDL-1.3-only
PackageLicenseInfoFromFiles: GFDL-1.3-or-later
PackageLicenseInfoFromFiles: GPL-1.0-or-later
PackageLicenseInfoFromFiles: GPL-2.0-or-later
PackageLicenseInfoFromFiles: GPL-3.0-only
PackageLicenseInfoFromFiles: GPL-3.0-or-later
PackageLicenseInfoFromFiles: X11
PackageLicenseInfoFromFiles: LicenseRef-scancode-autoconf-simple-exception
PackageLicenseInfoFromFiles: LicenseRef-scancode-autoconf-simple-exception-2.0
PackageLicenseInfoFromFiles: LicenseRef-scancode-free-unknown
PackageLicenseInfoFromFiles: LicenseRef-scancode-fsf-unlimited-no-warranty
PackageLicenseInfoFromFiles: LicenseRef-scancode-public-domain
PackageLicenseInfoFromFiles: LicenseRef-scancode-tex-exception
PackageCopyrightText: <text>A. (c) B. (c)
C. copyright D. (c)
Copyright (c) $year Free Software Foundation, Inc
Copyright (c) 1987-2018 Free Software Foundation, Inc.
Copyright (c) 1989-2018 Free Software Foundation, Inc.
Copyright (c) 1990, 1998, 2000-2001, 2003-2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1990, 1998-2001, 2003-2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1990, 2001, 2003-2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1990-1998, 2000-2007, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1990-2005, 2007-2009 Free Software Foundation, Inc.
Copyright (c) 1990-2018 Free Software Foundation, Inc.
Copyright (c) 1991-2018 Free Software Foundation, Inc.
Copyright (c) 1992-1996, 1998-2012 Free Software Foundation, Inc.
Copyright (c) 1993-2018 Free Software Foundation, Inc.
Copyright (c) 1994 X Consortium
Copyright (c) 1994-1996, 1999-2002, 2004-2016 Free Software Foundation, Inc.
Copyright (c) 1994-2014 Free Software Foundation, Inc.
Copyright (c) 1995, 2001-2004, 2006-2018 Free Software Foundation, Inc.
Copyright (c) 1995-1996, 2001-2018 Free Software Foundation, Inc.
Copyright (c) 1995-1997, 2003, 2006, 2008-2018 Free Software Foundation, Inc.
Copyright (c) 1995-1998, 2000-2002, 2004-2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1995-2014, 2016 Free Software Foundation, Inc.
Copyright (c) 1995-2018 Free Software Foundation, Inc.
Copyright (c) 1996-1998, 2001-2004, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1996-2014 Free Software Foundation, Inc.
Copyright (c) 1997-1998, 2006-2007, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1997-2002, 2006, 2008-2018 Free Software Foundation, Inc.
Copyright (c) 1997-2014 Free Software Foundation, Inc.
Copyright (c) 1998, 2001, 2003-2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1999, 2003, 2005, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1999-2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1999-2007, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 1999-2014 Free Software Foundation, Inc.
Copyright (c) 1999-2018 Free Software Foundation, Inc.
Copyright (c) 2000, 2001, 2002, 2007, 2008 Free Software Foundation, Inc. <https://fsf.org/>
Copyright (c) 2000-2001, 2003-2007, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2000-2001, 2004-2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2001, 2003, 2006-2018 Free Software Foundation, Inc.
Copyright (c) 2001-2002, 2004-2018 Free Software Foundation, Inc.
Copyright (c) 2001-2003, 2005, 2007, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2001-2003, 2005-2007, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2001-2003, 2005-2018 Free Software Foundation, Inc.
Copyright (c) 2001-2003, 2006, 2010-2018 Free Software Foundation, Inc.
Copyright (c) 2001-2003, 2006-2018 Free Software Foundation, Inc.
Copyright (c) 2001-2004, 2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2001-2014 Free Software Foundation, Inc.
Copyright (c) 2001-2018 Free Software Foundation, Inc.
Copyright (c) 2002, 2004-2005, 2007, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2002, 2007-2018 Free Software Foundation, Inc.
Copyright (c) 2002-2003, 2008-2018 Free Software Foundation, Inc.
Copyright (c) 2002-2006, 2008-2018 Free Software Foundation, Inc.
Copyright (c) 2002-2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2002-2014 Free Software Foundation, Inc.
Copyright (c) 2002-2018 Free Software Foundation, Inc.
Copyright (c) 2003, 2006-2018 Free Software Foundation, Inc.
Copyright (c) 2003, 2007-2018 Free Software Foundation, Inc.
Copyright (c) 2003-2014 Free Software Foundation, Inc.
Copyright (c) 2003-2018 Free Software Foundation, Inc.
Copyright (c) 2004, 2006, 2008-2018 Free Software Foundation, Inc.
Copyright (c) 2004, 2007-2018 Free Software Foundation, Inc.
Copyright (c) 2004-2014 Free Software Foundation, Inc.
Copyright (c) 2005, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2005-2006, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2005-2018 Free Software Foundation, Inc.
Copyright (c) 2006, 2008-2018 Free Software Foundation, Inc.
Copyright (c) 2006-2014 Free Software Foundation, Inc.
Copyright (c) 2006-2018 Free Software Foundation, Inc.
Copyright (c) 2007 Free Software Foundation, Inc. <http://fsf.org/>
Copyright (c) 2007, 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2007-2018 Free Software Foundation, Inc.
Copyright (c) 2008-2018 Free Software Foundation, Inc.
Copyright (c) 2009-2014 Free Software Foundation, Inc.
Copyright (c) 2009-2018 Free Software Foundation, Inc.
Copyright (c) 2010-2018 Free Software Foundation, Inc.
Copyright (c) 2011-2014 Free Software Foundation, Inc.
Copyright (c) 2011-2018 Free Software Foundation, Inc.
Copyright (c) 2012 Free Software Foundation, Inc.
Copyright (c) 2012-2018 Free Software Foundation, Inc.
Copyright (c) 2016-2018 Free Software Foundation, Inc.
Copyright (c) 2017-2018 Free Software Foundation, Inc.
Copyright (c) 90,2005,2007-2009 Free Software Foundation, Inc.
Copyright 1985, 1986, 1988, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018
Copyright 1990-2005, 2007-2009 Free Software Foundation, Inc.
Copyright 1991-2018 Free Software Foundation, Inc.
Copyright 1992-2018 Free Software Foundation, Inc.
Copyright 1996-2018 Free Software Foundation, Inc.
Copyright 2000, 2001, 2002, 2007, 2008 Free Software Foundation, Inc. uref https://fsf.org
Copyright 2011 Free Software Foundation, Inc.
Copyright 2012-2018 Free Software Foundation, Inc.
Copyright 2016-2018 Free Software Foundation, Inc.
Copyright d Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/AUTHORS
SPDXID: SPDXRef-3
FileChecksum: SHA1: 7951f4ceffdb030ec617eddf7bba22523cc1a67f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/COPYING
SPDXID: SPDXRef-8
FileChecksum: SHA1: 8624bcdae55baeef00cd11d5dfcfa60f68710a02
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-only
FileCopyrightText: <text>Copyright (c) 2007 Free Software Foundation, Inc. <http://fsf.org/>
</text>


# File

FileName: ./time-1.9/ChangeLog
SPDXID: SPDXRef-4
FileChecksum: SHA1: 0a3a0e1ab72b7c132f5021c538a7a3ea6d539bcd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-only
FileCopyrightText: NONE


# File

FileName: ./time-1.9/GNUmakefile
SPDXID: SPDXRef-9
FileChecksum: SHA1: 8cc0a9e05e94ebcb65085d8be9c2d335facbbbcc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001, 2003, 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/INSTALL
SPDXID: SPDXRef-10
FileChecksum: SHA1: ed90eb318bd3ebb4ae1a2bd352f106786a2923f4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFAP
FileCopyrightText: <text>Copyright (c) 1994-1996, 1999-2002, 2004-2016 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/Makefile.am
SPDXID: SPDXRef-12
FileChecksum: SHA1: b108e706ea53ff8a81adb3e0f812882db4735f05
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/Makefile.in
SPDXID: SPDXRef-13
FileChecksum: SHA1: 1517b8d574225cf2dba4d484984004983b324dcd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseInfoInFile: LicenseRef-scancode-fsf-unlimited-no-warranty
FileCopyrightText: <text>Copyright (c) 1994-2014 Free Software Foundation, Inc.
Copyright (c) 2002-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/NEWS
SPDXID: SPDXRef-14
FileChecksum: SHA1: ae3b07644500912b2bed3cc39bdcf53f2e1c26f4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-only
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: NONE


# File

FileName: ./time-1.9/README
SPDXID: SPDXRef-15
FileChecksum: SHA1: f87147d15b32b10d44a4df040037bb1cc15c87e8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/aclocal.m4
SPDXID: SPDXRef-2
FileChecksum: SHA1: 6d92b5aec8fdaff9d61dd8b041413657bce9910a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: FSFULLR
LicenseInfoInFile: LicenseRef-scancode-fsf-unlimited-no-warranty
FileCopyrightText: <text>Copyright (c) 1996-2014 Free Software Foundation, Inc.
Copyright (c) 2002-2014 Free Software Foundation, Inc.
Copyright (c) 2001-2014 Free Software Foundation, Inc.
Copyright (c) 1997-2014 Free Software Foundation, Inc.
Copyright (c) 1999-2014 Free Software Foundation, Inc.
Copyright (c) 1999-2014 Free Software Foundation, Inc.
Copyright (c) 1996-2014 Free Software Foundation, Inc.
Copyright (c) 2001-2014 Free Software Foundation, Inc.
Copyright (c) 2003-2014 Free Software Foundation, Inc.
Copyright (c) 2001-2014 Free Software Foundation, Inc.
Copyright (c) 1997-2014 Free Software Foundation, Inc.
Copyright (c) 2001-2014 Free Software Foundation, Inc.
Copyright (c) 1999-2014 Free Software Foundation, Inc.
Copyright (c) 2001-2014 Free Software Foundation, Inc.
Copyright (c) 1996-2014 Free Software Foundation, Inc.
Copyright (c) 2009-2014 Free Software Foundation, Inc.
Copyright (c) 2001-2014 Free Software Foundation, Inc.
Copyright (c) 2006-2014 Free Software Foundation, Inc.
Copyright (c) 2004-2014 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/compile
SPDXID: SPDXRef-17
FileChecksum: SHA1: 03a05e37267c2f1c9fea4f2a6a15f8a7beb91c0d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-2.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception-2.0
FileCopyrightText: <text>Copyright (c) 1999-2014 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/config.guess
SPDXID: SPDXRef-18
FileChecksum: SHA1: 5c84fa19f8e181ad8100a1afecd03426318834c1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception
LicenseInfoInFile: LicenseRef-scancode-free-unknown
FileCopyrightText: <text>Copyright 1992-2018 Free Software Foundation, Inc.
Copyright 1992-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/config.rpath
SPDXID: SPDXRef-19
FileChecksum: SHA1: 94d9d908140d39fc3f9a940c0398e86db479fe34
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright 1996-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/config.sub
SPDXID: SPDXRef-20
FileChecksum: SHA1: 847084fc5a4190626624f6629e3782614414973c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception
LicenseInfoInFile: LicenseRef-scancode-free-unknown
FileCopyrightText: <text>Copyright 1992-2018 Free Software Foundation, Inc.
Copyright 1992-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/depcomp
SPDXID: SPDXRef-21
FileChecksum: SHA1: 81388f72975aa969aae12bb81472ade0d5f62c10
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-2.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception-2.0
FileCopyrightText: <text>Copyright (c) 1999-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/git-version-gen
SPDXID: SPDXRef-22
FileChecksum: SHA1: 9145fb9ee80ba23ed781baf42f08b32e53c5c384
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-1.0-or-later
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2007-2018 Free Software Foundation, Inc.
Copyright 2011 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/gitlog-to-changelog
SPDXID: SPDXRef-23
FileChecksum: SHA1: d42f8fbf99b9d9967c976f4501dca68266768aae
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/install-sh
SPDXID: SPDXRef-24
FileChecksum: SHA1: 45053d3e25fb26a5b3c4a00a23d6b572086a2445
LicenseConcluded: NOASSERTION
LicenseInfoInFile: X11
LicenseInfoInFile: LicenseRef-scancode-public-domain
FileCopyrightText: <text>Copyright (c) 1994 X Consortium
</text>


# File

FileName: ./time-1.9/build-aux/mdate-sh
SPDXID: SPDXRef-25
FileChecksum: SHA1: 95d39f2b33a700f674893faf568442c2f898999a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-2.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception-2.0
FileCopyrightText: <text>Copyright (c) 1995-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/missing
SPDXID: SPDXRef-26
FileChecksum: SHA1: fced81554799feb0f10fb56e3a06acb92c7ce7b0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-2.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception-2.0
FileCopyrightText: <text>Copyright (c) 1996-2014 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/prefix-gnulib-mk
SPDXID: SPDXRef-27
FileChecksum: SHA1: d3b0652874bfa83f7519ca90b82710e7fa76cc00
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/build-aux/test-driver
SPDXID: SPDXRef-28
FileChecksum: SHA1: ebabeb373c5af3b8606b510a2494955e34325d8a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-2.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception-2.0
FileCopyrightText: <text>Copyright (c) 2011-2014 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/texinfo.tex
SPDXID: SPDXRef-29
FileChecksum: SHA1: 85493d1ff3bccecb5e09634b779acc65f2250d83
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-1.0-or-later
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: LicenseRef-scancode-tex-exception
FileCopyrightText: <text>Copyright 1985, 1986, 1988, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018
</text>


# File

FileName: ./time-1.9/build-aux/update-copyright
SPDXID: SPDXRef-30
FileChecksum: SHA1: 07ff1cb1250c2d91aff08a8f5e872933c6523de4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2009-2018 Free Software Foundation, Inc.
Copyright 1990-2005, 2007-2009 Free Software Foundation, Inc.
Copyright (c) 1990-2005, 2007-2009 Free Software Foundation, Inc.
Copyright (c) 90,2005,2007-2009 Free Software Foundation, Inc.
Copyright (c) 1990-2005, 2007-2009 Free Software Foundation, Inc.
A. (c) B. (c)
C. copyright D. (c)
</text>


# File

FileName: ./time-1.9/build-aux/useless-if-before-free
SPDXID: SPDXRef-31
FileChecksum: SHA1: 8bc335752c95905823f68cc74fff9b100b211e62
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/build-aux/vc-list-files
SPDXID: SPDXRef-32
FileChecksum: SHA1: 8f030960a3b263f581ca7f85b172bcaee7378380
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2006-2018 Free Software Foundation, Inc.
Copyright (c) $year Free Software Foundation, Inc
</text>


# File

FileName: ./time-1.9/config.in
SPDXID: SPDXRef-5
FileChecksum: SHA1: a3ee869fd47d2e99f5d7b98b201ef4a7e9309542
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/configure
SPDXID: SPDXRef-6
FileChecksum: SHA1: 564ec5e88fd08269c512141b1df1257eb1583e15
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFUL
LicenseInfoInFile: FSFUL
LicenseInfoInFile: FSFUL
FileCopyrightText: <text>Copyright (c) 1992-1996, 1998-2012 Free Software Foundation, Inc.
Copyright (c) 2012 Free Software Foundation, Inc.
Copyright (c) 2012 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/configure.ac
SPDXID: SPDXRef-7
FileChecksum: SHA1: 7ff96aba93c8885a48dda73d892dda8b0063e73c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/doc/fdl.texi
SPDXID: SPDXRef-34
FileChecksum: SHA1: b325d74cd9fcecf5e9472248c2ce93ba2bda2c16
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GFDL-1.3-only
FileCopyrightText: <text>Copyright 2000, 2001, 2002, 2007, 2008 Free Software Foundation, Inc. uref https://fsf.org
</text>


# File

FileName: ./time-1.9/doc/stamp-vti
SPDXID: SPDXRef-35
FileChecksum: SHA1: b8704559c36de165e01c23b7a084035cd757ed39
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/doc/time.info
SPDXID: SPDXRef-36
FileChecksum: SHA1: b11d29e1de8f333ca0839a4315d5c20d921fb67d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GFDL-1.1-or-later
LicenseInfoInFile: GFDL-1.1-or-later
LicenseInfoInFile: GFDL-1.1-or-later
LicenseInfoInFile: GFDL-1.1-or-later
LicenseInfoInFile: GFDL-1.3-only
LicenseInfoInFile: GFDL-1.3-or-later
FileCopyrightText: <text>Copyright (c) 1991-2018 Free Software Foundation, Inc.
Copyright (c) 2000, 2001, 2002, 2007, 2008 Free Software Foundation, Inc. <https://fsf.org/>
</text>


# File

FileName: ./time-1.9/doc/time.texi
SPDXID: SPDXRef-37
FileChecksum: SHA1: 8a9b21d1d5d8fac7d4343457cb930f376f415b48
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GFDL-1.1-or-later
LicenseInfoInFile: GFDL-1.1-or-later
LicenseInfoInFile: GFDL-1.3-or-later
FileCopyrightText: <text>Copyright 1991-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/doc/version.texi
SPDXID: SPDXRef-38
FileChecksum: SHA1: b8704559c36de165e01c23b7a084035cd757ed39
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/lib/_Noreturn.h
SPDXID: SPDXRef-40
FileChecksum: SHA1: 1f64b11327ec515b28fa1e0300ec147259a98517
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/lib/arg-nonnull.h
SPDXID: SPDXRef-41
FileChecksum: SHA1: ba8c225a8601ead39e8ebc493e9fee13428dead6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/basename-lgpl.c
SPDXID: SPDXRef-42
FileChecksum: SHA1: f3bf19e8ac996910db6a7d72585fb6ac6cdcd378
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1990, 1998-2001, 2003-2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/c++defs.h
SPDXID: SPDXRef-43
FileChecksum: SHA1: 4812e217ecdbb32a4adb9c3c2724ceb8f4ebabc1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2010-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/dirname-lgpl.c
SPDXID: SPDXRef-44
FileChecksum: SHA1: d5f42477ac5f44d3f9fc3369e07fb838852a5f74
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1990, 1998, 2000-2001, 2003-2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/dirname.h
SPDXID: SPDXRef-45
FileChecksum: SHA1: 55401f622fda3e3f785d3060598f45955973489a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1998, 2001, 2003-2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/dosname.h
SPDXID: SPDXRef-46
FileChecksum: SHA1: d9beea323c6e885ad2af38b958f90edab03ad791
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2000-2001, 2004-2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/errno.in.h
SPDXID: SPDXRef-47
FileChecksum: SHA1: 51c5dbea1f25643589da0c47cccda59b406919d9
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/error.c
SPDXID: SPDXRef-48
FileChecksum: SHA1: 08606eb61b4b4f7c8c8ed2fc37a32924abde3d5e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1990-1998, 2000-2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/error.h
SPDXID: SPDXRef-49
FileChecksum: SHA1: 13274964ca99ef14e5e04d96e1c4a0d7b32e1b0c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1995-1997, 2003, 2006, 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getopt-cdefs.in.h
SPDXID: SPDXRef-50
FileChecksum: SHA1: 727a5d1dab736ffd5d8c119f8e9c19f7d30f9b6e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1989-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getopt-core.h
SPDXID: SPDXRef-51
FileChecksum: SHA1: 4e75ae10609c86c0a1a9cfa6d02e1f7e9b5e6878
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1989-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getopt-ext.h
SPDXID: SPDXRef-52
FileChecksum: SHA1: c223bd7467ee633d0ca43ae9bcf04236b340743d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1989-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getopt-pfx-core.h
SPDXID: SPDXRef-53
FileChecksum: SHA1: 6221c6a5453d05fca62d76f9db5f36113a64de1a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1989-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getopt-pfx-ext.h
SPDXID: SPDXRef-54
FileChecksum: SHA1: f535bcc34c386889067f693654264b99ac1dd9ec
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1989-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getopt.c
SPDXID: SPDXRef-55
FileChecksum: SHA1: 1707d5465726240aadde3564add387435b4b7d42
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1987-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getopt.in.h
SPDXID: SPDXRef-56
FileChecksum: SHA1: 8d386e709ce374a988fe2b094d0fe6f988723b1a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1989-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getopt1.c
SPDXID: SPDXRef-57
FileChecksum: SHA1: 7c87216625f1e6f54feaa7ff616d42ef7daf3bac
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1987-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getopt_int.h
SPDXID: SPDXRef-58
FileChecksum: SHA1: 4f5801bf10900fdc389686accb97e1d257069b86
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1989-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getpagesize.c
SPDXID: SPDXRef-59
FileChecksum: SHA1: d35bf98dff95deeec41e9c5bccb3f56d9b0ae768
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getprogname.c
SPDXID: SPDXRef-60
FileChecksum: SHA1: 11d87efc44342830c115a655eba086c918137452
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2016-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getprogname.h
SPDXID: SPDXRef-61
FileChecksum: SHA1: b05f82faa97ba024616da38a0979fbc904e3ba48
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2016-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/getrusage.c
SPDXID: SPDXRef-62
FileChecksum: SHA1: 1452ef675e215614b35dc42bec7e1ecf8d987ca3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2012-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/gettext.h
SPDXID: SPDXRef-63
FileChecksum: SHA1: f752a7ebdb34000af737217ffe133a95b9536392
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1995-1998, 2000-2002, 2004-2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/gettimeofday.c
SPDXID: SPDXRef-64
FileChecksum: SHA1: 1370e14716b4d97f84770520d7d924f436e50c73
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2003, 2005-2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/gnulib.mk
SPDXID: SPDXRef-65
FileChecksum: SHA1: 9d2d83239cc6f37b327a6a754f1beb5c9240b3bd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception-2.0
FileCopyrightText: <text>Copyright (c) 2002-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/intprops.h
SPDXID: SPDXRef-66
FileChecksum: SHA1: 226d36d7b01c3b204c25ba43ed4d66e31d84daf8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/inttypes.in.h
SPDXID: SPDXRef-67
FileChecksum: SHA1: e716c5d34d6271c3affdf9ef7cd0ba0b891b02ee
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/limits.in.h
SPDXID: SPDXRef-68
FileChecksum: SHA1: 918c2068541ade82abad76a01f87f8c41345ade1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright 2016-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/localtime-buffer.c
SPDXID: SPDXRef-69
FileChecksum: SHA1: 7f35c9801d38e8d80043a9992da9c9b59c8f7b68
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2003, 2005-2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/localtime-buffer.h
SPDXID: SPDXRef-70
FileChecksum: SHA1: f4b2b187b1eae545a8543dce5c3044c841ffa887
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2003, 2005-2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/malloc.c
SPDXID: SPDXRef-71
FileChecksum: SHA1: 1b8a62f2786a1489acfa70a5527fa4014b5ab166
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1997-1998, 2006-2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/msvc-inval.c
SPDXID: SPDXRef-72
FileChecksum: SHA1: d651efa620a18a6e93440b68554d90d3458f4cfd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2011-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/msvc-inval.h
SPDXID: SPDXRef-73
FileChecksum: SHA1: 1aa54660d37808bbf25157e641e98ddcc2abe233
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2011-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/msvc-nothrow.c
SPDXID: SPDXRef-74
FileChecksum: SHA1: f3369dda6a7489de1355d6d68c9b6198508cb19f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2011-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/msvc-nothrow.h
SPDXID: SPDXRef-75
FileChecksum: SHA1: f9cf59b422a07d8cb6a6eaf90a355361c1245c6d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2011-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/progname.c
SPDXID: SPDXRef-76
FileChecksum: SHA1: aa6727a9ae9a7da201c947f50e2551a655ea78c6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2003, 2005-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/progname.h
SPDXID: SPDXRef-77
FileChecksum: SHA1: 81733e16c4ba6c6ed42fab6b820a84e859441647
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2004, 2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/signal.in.h
SPDXID: SPDXRef-78
FileChecksum: SHA1: 583c5ee6c5ad345b13ee34f4a2f3fc7fab46fb71
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/stdarg.in.h
SPDXID: SPDXRef-79
FileChecksum: SHA1: b070dfc0d6b59c15ef2a74e832cb3dd9a8a558b1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/stdbool.in.h
SPDXID: SPDXRef-80
FileChecksum: SHA1: 514be630aeda2883bf3e5f5e7a8223b0852e526d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2003, 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/stddef.in.h
SPDXID: SPDXRef-81
FileChecksum: SHA1: 494da9199a804eb9ac48a6e122830ea5e722993c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/stdint.in.h
SPDXID: SPDXRef-82
FileChecksum: SHA1: fba336def1e96907b4f5ef7764ccefcf6aa50e90
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2002, 2004-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/stdio.in.h
SPDXID: SPDXRef-83
FileChecksum: SHA1: b511b306705e62ffc0eacbfa7f4a4a3635f30d00
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2004, 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/stdlib.in.h
SPDXID: SPDXRef-84
FileChecksum: SHA1: 034d761c619194a98e5bcc60093f848b932e8795
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1995, 2001-2004, 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/stdnoreturn.in.h
SPDXID: SPDXRef-85
FileChecksum: SHA1: aca56ede31f81aa3a3060321cf5d04c8bebe4e43
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright 2012-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/strerror-override.c
SPDXID: SPDXRef-86
FileChecksum: SHA1: 3ec73f7b08702d3388abb713626e3c5371f6161f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2010-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/strerror-override.h
SPDXID: SPDXRef-87
FileChecksum: SHA1: 68afa0efc8b8a0735ea33ccb9364dc7a18fb8f1c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2010-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/strerror.c
SPDXID: SPDXRef-88
FileChecksum: SHA1: 5d1efe3552ca65e1fb9e472f2527b1767dff472f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/string.in.h
SPDXID: SPDXRef-89
FileChecksum: SHA1: 11ad83677192c80f6428004154d9b8118c07b379
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1995-1996, 2001-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/stripslash.c
SPDXID: SPDXRef-90
FileChecksum: SHA1: e493392deaf3e3f2becbf89edb32e6b345eca135
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1990, 2001, 2003-2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/sys_resource.in.h
SPDXID: SPDXRef-91
FileChecksum: SHA1: 2317c47a955ec6b3e48101a80956dfcc2d206768
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2012-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/sys_time.in.h
SPDXID: SPDXRef-92
FileChecksum: SHA1: 4b512128688bfd1dfc158bf041f84663e30df8bd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/sys_types.in.h
SPDXID: SPDXRef-93
FileChecksum: SHA1: 86afd26e65fb000970bb96f2ee933683d7d25565
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2011-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/sys_wait.in.h
SPDXID: SPDXRef-94
FileChecksum: SHA1: e6cdf5fcc956ea9835a89f9ae0d9c27ced312206
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2003, 2005-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/time.in.h
SPDXID: SPDXRef-95
FileChecksum: SHA1: 45c558e1d64e7077dd4109dc3f3bc354ec87d943
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/unistd.c
SPDXID: SPDXRef-96
FileChecksum: SHA1: 001c127e9815767e19984dfe8ee52ee9778f3883
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/lib/unistd.in.h
SPDXID: SPDXRef-97
FileChecksum: SHA1: b0e4116c6455283e8c9b0cfbb330de931263c07e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2003-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/verify.h
SPDXID: SPDXRef-98
FileChecksum: SHA1: 9d8ff6980c77aced82d8f5921caef3401d1a7203
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2005-2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/version-etc-fsf.c
SPDXID: SPDXRef-99
FileChecksum: SHA1: 91f0899f3c6b31c2908224bfa60f95c18e4383fc
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1999-2006, 2009-2018 Free Software Foundation, Inc.
Copyright d Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/version-etc.c
SPDXID: SPDXRef-100
FileChecksum: SHA1: 3b506e038f9d6bcfd9329d7395272c91691566d2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1999-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/version-etc.h
SPDXID: SPDXRef-101
FileChecksum: SHA1: f07b122e461940e6406062e047674916b23ec8dd
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1999, 2003, 2005, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/lib/warn-on-use.h
SPDXID: SPDXRef-102
FileChecksum: SHA1: 29e07e0a938ae7ee9b3248ed0d87efaf22fc8ff1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2010-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/00gnulib.m4
SPDXID: SPDXRef-104
FileChecksum: SHA1: fe5097e87aae81d8dd2d5d735a83ac13e407b4fa
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/absolute-header.m4
SPDXID: SPDXRef-105
FileChecksum: SHA1: a72188b2609d6614aadc1681f83e2cd146d85cf5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/asm-underscore.m4
SPDXID: SPDXRef-106
FileChecksum: SHA1: a4ba397ec4fdc4edb97e2503831a3207eefd2de7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2010-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/dirname.m4
SPDXID: SPDXRef-107
FileChecksum: SHA1: 8d26f70ddbc7eb04df51c2c0aa1b0959d73079d3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2002-2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/double-slash-root.m4
SPDXID: SPDXRef-108
FileChecksum: SHA1: 107627ca6794640b394f12c95dd39d4b2094014e
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2006, 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/errno_h.m4
SPDXID: SPDXRef-109
FileChecksum: SHA1: 4444906ad68133b43c643685774defe73f193a92
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2004, 2006, 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/error.m4
SPDXID: SPDXRef-110
FileChecksum: SHA1: 824208c655e55935bdb1567f062730df6d0a3bf6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 1996-1998, 2001-2004, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/extensions.m4
SPDXID: SPDXRef-111
FileChecksum: SHA1: 97cc057ef86104f4ef6c93e1189b56ef8677a79d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2003, 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/extern-inline.m4
SPDXID: SPDXRef-112
FileChecksum: SHA1: 372f442db3e9f974eebf3046732755259e2df1a5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright 2012-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/getopt.m4
SPDXID: SPDXRef-113
FileChecksum: SHA1: a86231c5d11db1de4816e40a170840d7de741879
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2002-2006, 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/getpagesize.m4
SPDXID: SPDXRef-114
FileChecksum: SHA1: 707041985b226f0385a684346f15501438ff983d
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2002, 2004-2005, 2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/getprogname.m4
SPDXID: SPDXRef-115
FileChecksum: SHA1: 02e07ad1366d6eb67a27706e4beb03f05385a2a6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2016-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/getrusage.m4
SPDXID: SPDXRef-116
FileChecksum: SHA1: 4685f827c3b929d3683f27fc72e161fdffb2106f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2012-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/gettext.m4
SPDXID: SPDXRef-117
FileChecksum: SHA1: 411bb31a9f6544ac6fbaa7fda92fbeea05ff04e3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 1995-2014, 2016 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/gettimeofday.m4
SPDXID: SPDXRef-118
FileChecksum: SHA1: 63ce1aeef3ec35710efa43b523435a2605098ba3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2001-2003, 2005, 2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/gnulib-cache.m4
SPDXID: SPDXRef-119
FileChecksum: SHA1: 587a85354d193b985b0e33f9ea6bb090ec217988
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception-2.0
FileCopyrightText: <text>Copyright (c) 2002-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/gnulib-common.m4
SPDXID: SPDXRef-120
FileChecksum: SHA1: 38c11628a7df3f1d7630af83e5874d8e19ede550
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/gnulib-comp.m4
SPDXID: SPDXRef-121
FileChecksum: SHA1: e58801e80585e57cc0419965c6d551a204527500
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
LicenseInfoInFile: LicenseRef-scancode-autoconf-simple-exception-2.0
FileCopyrightText: <text>Copyright (c) 2002-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/host-cpu-c-abi.m4
SPDXID: SPDXRef-122
FileChecksum: SHA1: b705ad1eb8c5503cbee5a794be1bc81ed5f21ad2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2002-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/include_next.m4
SPDXID: SPDXRef-123
FileChecksum: SHA1: c89c44c324c662b09098f1d2193e32727cac33df
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/inttypes-pri.m4
SPDXID: SPDXRef-124
FileChecksum: SHA1: 391965566d9dd55927dca2b04b28117f1fe9da33
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 1997-2002, 2006, 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/inttypes.m4
SPDXID: SPDXRef-125
FileChecksum: SHA1: aa151c9c8adab7c1eff8b90bf014950332f2a0d7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/limits-h.m4
SPDXID: SPDXRef-126
FileChecksum: SHA1: 4f5c421dda1b7dc84b3ba4622f6ec96f6ee355d0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright 2016-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/localtime-buffer.m4
SPDXID: SPDXRef-127
FileChecksum: SHA1: 55ee29c74307d5e4d3f3bcff2827d41402c0f97f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2017-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/longlong.m4
SPDXID: SPDXRef-128
FileChecksum: SHA1: 80fb87dd762a265ce9919b69a5da0f4b8f46bf96
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 1999-2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/malloc.m4
SPDXID: SPDXRef-129
FileChecksum: SHA1: 45e41f67310a6028b409c10da8f78f3ff783d0f0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/msvc-inval.m4
SPDXID: SPDXRef-130
FileChecksum: SHA1: 06b096bb430aaa6602ca9f00bbb9825975fcbee3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2011-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/msvc-nothrow.m4
SPDXID: SPDXRef-131
FileChecksum: SHA1: df8f6bc6c018dbc8d422d04f4997e5218851a907
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2011-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/multiarch.m4
SPDXID: SPDXRef-132
FileChecksum: SHA1: a2dc0ad901c750e4d3a12ffd6f6181b4c22f5b66
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/nocrash.m4
SPDXID: SPDXRef-133
FileChecksum: SHA1: ea44004200391a17ce2b73bbf03777433557dff1
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2005, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/non-recursive-gnulib-prefix-hack.m4
SPDXID: SPDXRef-134
FileChecksum: SHA1: 0e053bd9fa3c2eac0d1ca052abc00508fa1d1744
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2012-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/off_t.m4
SPDXID: SPDXRef-135
FileChecksum: SHA1: 715903370b49ca9a63c5f1f47e6e486e200a583c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2012-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/po.m4
SPDXID: SPDXRef-136
FileChecksum: SHA1: 3ecb82b151002b56a1168f9f6c286dc5f7a9a585
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 1995-2014, 2016 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/signal_h.m4
SPDXID: SPDXRef-137
FileChecksum: SHA1: b7026df39567c215d2961618317820ab5838180f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/ssize_t.m4
SPDXID: SPDXRef-138
FileChecksum: SHA1: faf8e5ce37681b60f7e06db5ccc22cd0009477f6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2001-2003, 2006, 2010-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/stdarg.m4
SPDXID: SPDXRef-139
FileChecksum: SHA1: 61e10ebf66a35728c5913f253f897167ea41e37a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2006, 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/stdbool.m4
SPDXID: SPDXRef-140
FileChecksum: SHA1: c90d4002ec2962aa6dd0df0bc4373efa14c0afff
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2002-2006, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/stddef_h.m4
SPDXID: SPDXRef-141
FileChecksum: SHA1: a4f53891f2b680e37df4e127485ab9b53d43011a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/stdint.m4
SPDXID: SPDXRef-142
FileChecksum: SHA1: 9b7c39d49b752a4f719c46b97461d6d0a1597769
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2001-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/stdio_h.m4
SPDXID: SPDXRef-143
FileChecksum: SHA1: 81c420e632724d22ea54b5779054bc3c2297c428
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/stdlib_h.m4
SPDXID: SPDXRef-144
FileChecksum: SHA1: ea3b2b9a47ab25338e144fd7233dbc6981966fc2
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/stdnoreturn.m4
SPDXID: SPDXRef-145
FileChecksum: SHA1: 61f6dd39d8a5504c662bb95e1d2d2e7cb247250c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright 2012-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/strerror.m4
SPDXID: SPDXRef-146
FileChecksum: SHA1: 0f15c737dfbcc1a56b3c730f83aa77dddc8c1fb4
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2002, 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/string_h.m4
SPDXID: SPDXRef-147
FileChecksum: SHA1: 229e2a129e3159ced22dd1083ac0dbe870e6483c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/sys_resource_h.m4
SPDXID: SPDXRef-148
FileChecksum: SHA1: f182501fb19fb13f6ce5dc2a95cf5ea26cc0688a
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2012-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/sys_socket_h.m4
SPDXID: SPDXRef-149
FileChecksum: SHA1: ca3e39a440708511878b60640afbb2ae17a4c8e5
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2005-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/sys_time_h.m4
SPDXID: SPDXRef-150
FileChecksum: SHA1: 608114215d62715e149e4a61bdd23147cb58589f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/sys_types_h.m4
SPDXID: SPDXRef-151
FileChecksum: SHA1: e36c6476e8bb9e7666b547465b59a9f44db1cadf
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2011-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/sys_wait_h.m4
SPDXID: SPDXRef-152
FileChecksum: SHA1: 8085422d7d1ee961a9ef799940b4d029656736d6
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/time_h.m4
SPDXID: SPDXRef-153
FileChecksum: SHA1: 33118e382fed1142424c16f9fcac67997e3daad8
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2000-2001, 2003-2007, 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/unistd_h.m4
SPDXID: SPDXRef-154
FileChecksum: SHA1: aa9cd95639ddad70ac9cabe1512f5a6b7067a058
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2006-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/version-etc.m4
SPDXID: SPDXRef-155
FileChecksum: SHA1: b58c33a96f9063fe1500e29c26f31aae9c5a42e3
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/warn-on-use.m4
SPDXID: SPDXRef-156
FileChecksum: SHA1: 51e5370363f45cc98dee7b8c9c34d394f7ce7f30
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2010-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/warnings.m4
SPDXID: SPDXRef-157
FileChecksum: SHA1: 2cd6fbe2ef40cd2b9d4acb281b9fa12c1b47a197
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/wchar_t.m4
SPDXID: SPDXRef-158
FileChecksum: SHA1: fdfde6e09de0b09c2d6dfc52257079459705708f
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2002-2003, 2008-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/m4/wint_t.m4
SPDXID: SPDXRef-159
FileChecksum: SHA1: 5c2fda83d4dc5fe3bd2af51edba153864c310f57
LicenseConcluded: NOASSERTION
LicenseInfoInFile: FSFULLR
FileCopyrightText: <text>Copyright (c) 2003, 2007-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/maint.mk
SPDXID: SPDXRef-11
FileChecksum: SHA1: 561b14718c07c9663ea30749d57b2c71160dcd42
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2001-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/src/resuse.c
SPDXID: SPDXRef-161
FileChecksum: SHA1: 9df923fd706085677cb17f7fa58b851a3d1f74d0
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1993-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/src/resuse.h
SPDXID: SPDXRef-162
FileChecksum: SHA1: 4ce8b714113da3055d0721f4b3639aa0f25ce47c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1993-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/src/rusage-kb.c
SPDXID: SPDXRef-163
FileChecksum: SHA1: d377a5251c15cd6cfa29046748631749e10bc744
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2017-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/src/rusage-kb.h
SPDXID: SPDXRef-164
FileChecksum: SHA1: 3e6b7c41d9d21a64cc4c0fe8d8940fa34aaa7e15
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2017-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/src/time.c
SPDXID: SPDXRef-165
FileChecksum: SHA1: e523df92851a6fd2d7dc03112f7e0b47b822531c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 1990-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/tests/help-version.sh
SPDXID: SPDXRef-167
FileChecksum: SHA1: 30b3973b22ddbcd9e8982a06c5a2440fcb315013
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2017-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/tests/init.sh
SPDXID: SPDXRef-168
FileChecksum: SHA1: f1b6784c00fe8e44c66690f22a2729a23111cec7
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2009-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/tests/time-aux.c
SPDXID: SPDXRef-169
FileChecksum: SHA1: 3ee07020d4e3c6c123dfdc22f44d203ef3a80431
LicenseConcluded: NOASSERTION
LicenseInfoInFile: NONE
FileCopyrightText: NONE


# File

FileName: ./time-1.9/tests/time-exit-codes.sh
SPDXID: SPDXRef-170
FileChecksum: SHA1: a2274d739390a1f5fdd92cf2287c3e6a51f6e555
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2017-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/tests/time-max-rss.sh
SPDXID: SPDXRef-171
FileChecksum: SHA1: 587cf63cce3b3b09dca557a482b5d0255cfa0dfa
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2017-2018 Free Software Foundation, Inc.
</text>


# File

FileName: ./time-1.9/tests/time-posix-quiet.sh
SPDXID: SPDXRef-172
FileChecksum: SHA1: 0890026279d3bd045bbd9a896ac3ec3533e3079c
LicenseConcluded: NOASSERTION
LicenseInfoInFile: GPL-3.0-or-later
FileCopyrightText: <text>Copyright (c) 2017-2018 Free Software Foundation, Inc.
</text>


# Extracted Licenses

LicenseID: LicenseRef-scancode-autoconf-simple-exception
LicenseName: Autoconf simple exception
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception.yml
</text>
ExtractedText: <text># This file is free software; you can redistribute it and/or modify it
# under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 3 of the License, or
# (at your option) any later version.
#
# This program is distributed in the hope that it will be useful, but
# WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
# General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program; if not, see <https://www.gnu.org/licenses/>.
#
# As a special exception to the GNU General Public License, if you
# distribute this file as part of a program that contains a
# configuration script generated by Autoconf, you may include it under
# the same distribution terms that you use for the rest of that
# program.  This Exception is an additional permission under section 7
# of the GNU General Public License, version 3 ("GPLv3").</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception
LicenseName: Autoconf simple exception
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception.yml
</text>
ExtractedText: <text># This file is free software; you can redistribute it and/or modify it
# under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 3 of the License, or
# (at your option) any later version.
#
# This program is distributed in the hope that it will be useful, but
# WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
# General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program; if not, see <https://www.gnu.org/licenses/>.
#
# As a special exception to the GNU General Public License, if you
# distribute this file as part of a program that contains a
# configuration script generated by Autoconf, you may include it under
# the same distribution terms that you use for the rest of that
# program.  This Exception is an additional permission under section 7
# of the GNU General Public License, version 3 ("GPLv3").</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseName: Autoconf simple exception to GPL-2.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception-2.0.yml
</text>
ExtractedText: <text>This file is free software; you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 3 of the License, or
# (at your option) any later version.
#
# This file is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this file.  If not, see <https://www.gnu.org/licenses/>.
#
# As a special exception to the GNU General Public License,
# this file may be distributed as part of a program that
# contains a configuration script generated by Autoconf, under
# the same distribution terms as the rest of that program.</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseName: Autoconf simple exception to GPL-2.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception-2.0.yml
</text>
ExtractedText: <text># This program is free software; you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 2, or (at your option)
# any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <http://www.gnu.org/licenses/>.

# As a special exception to the GNU General Public License, if you
# distribute this file as part of a program that contains a
# configuration script generated by Autoconf, you may include it under
# the same distribution terms that you use for the rest of that program.</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseName: Autoconf simple exception to GPL-2.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception-2.0.yml
</text>
ExtractedText: <text># This program is free software; you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 2, or (at your option)
# any later version.

# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.

# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

# As a special exception to the GNU General Public License, if you
# distribute this file as part of a program that contains a
# configuration script generated by Autoconf, you may include it under
# the same distribution terms that you use for the rest of that program.</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseName: Autoconf simple exception to GPL-2.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception-2.0.yml
</text>
ExtractedText: <text># This program is free software; you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 2, or (at your option)
# any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

# As a special exception to the GNU General Public License, if you
# distribute this file as part of a program that contains a
# configuration script generated by Autoconf, you may include it under
# the same distribution terms that you use for the rest of that program.</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseName: Autoconf simple exception to GPL-2.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception-2.0.yml
</text>
ExtractedText: <text># This program is free software; you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 2, or (at your option)
# any later version.

# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.

# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <http://www.gnu.org/licenses/>.

# As a special exception to the GNU General Public License, if you
# distribute this file as part of a program that contains a
# configuration script generated by Autoconf, you may include it under
# the same distribution terms that you use for the rest of that program.</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseName: Autoconf simple exception to GPL-2.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception-2.0.yml
</text>
ExtractedText: <text># This program is free software; you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 2, or (at your option)
# any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <http://www.gnu.org/licenses/>.

# As a special exception to the GNU General Public License, if you
# distribute this file as part of a program that contains a
# configuration script generated by Autoconf, you may include it under
# the same distribution terms that you use for the rest of that program.</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseName: Autoconf simple exception to GPL-2.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception-2.0.yml
</text>
ExtractedText: <text>This file is free software; you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 3 of the License, or
# (at your option) any later version.
#
# This file is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this file.  If not, see <https://www.gnu.org/licenses/>.
#
# As a special exception to the GNU General Public License,
# this file may be distributed as part of a program that
# contains a configuration script generated by Autoconf, under
# the same distribution terms as the rest of that program.</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseName: Autoconf simple exception to GPL-2.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception-2.0.yml
</text>
ExtractedText: <text>This file is free software; you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 3 of the License, or
# (at your option) any later version.
#
# This file is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this file.  If not, see <https://www.gnu.org/licenses/>.
#
# As a special exception to the GNU General Public License,
# this file may be distributed as part of a program that
# contains a configuration script generated by Autoconf, under
# the same distribution terms as the rest of that program.</text>


LicenseID: LicenseRef-scancode-autoconf-simple-exception-2.0
LicenseName: Autoconf simple exception to GPL-2.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/autoconf-simple-exception-2.0.yml
</text>
ExtractedText: <text># This file is free software; you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation; either version 3 of the License, or
# (at your option) any later version.
#
# This file is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this file.  If not, see <https://www.gnu.org/licenses/>.
#
# As a special exception to the GNU General Public License,
# this file may be distributed as part of a program that
# contains a configuration script generated by Autoconf, under
# the same distribution terms as the rest of that program.</text>


LicenseID: LicenseRef-scancode-free-unknown
LicenseName: Free unknown license detected but not recognized
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/free-unknown.yml
</text>
ExtractedText: <text>This is free software; see the source for copying conditions.  There is NO
warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE."</text>


LicenseID: LicenseRef-scancode-free-unknown
LicenseName: Free unknown license detected but not recognized
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/free-unknown.yml
</text>
ExtractedText: <text>This is free software; see the source for copying conditions.  There is NO
warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE."</text>


LicenseID: LicenseRef-scancode-fsf-unlimited-no-warranty
LicenseName: FSF Unlimited License No Warranty
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/fsf-unlimited-no-warranty.yml
</text>
ExtractedText: <text># This file is free software; the Free Software Foundation
# gives unlimited permission to copy and/or distribute it,
# with or without modifications, as long as this notice is preserved.

# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY, to the extent permitted by law; without
# even the implied warranty of MERCHANTABILITY or FITNESS FOR A
# PARTICULAR PURPOSE.</text>


LicenseID: LicenseRef-scancode-fsf-unlimited-no-warranty
LicenseName: FSF Unlimited License No Warranty
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/fsf-unlimited-no-warranty.yml
</text>
ExtractedText: <text>This Makefile.in is free software; the Free Software Foundation
# gives unlimited permission to copy and/or distribute it,
# with or without modifications, as long as this notice is preserved.

# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY, to the extent permitted by law; without
# even the implied warranty of MERCHANTABILITY or FITNESS FOR A
# PARTICULAR PURPOSE.</text>


LicenseID: LicenseRef-scancode-public-domain
LicenseName: Public Domain
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/public-domain.yml
</text>
ExtractedText: <text># FSF changes to this file are in the public domain.</text>


LicenseID: LicenseRef-scancode-tex-exception
LicenseName: TeX exception to GPL 3.0
LicenseComment: <text>See details at https://github.com/nexB/scancode-toolkit/blob/develop/src/licensedcode/data/licenses/tex-exception.yml
</text>
ExtractedText: <text>% This texinfo.tex file is free software: you can redistribute it and/or
% modify it under the terms of the GNU General Public License as
% published by the Free Software Foundation, either version 3 of the
% License, or (at your option) any later version.
%
% This texinfo.tex file is distributed in the hope that it will be
% useful, but WITHOUT ANY WARRANTY; without even the implied warranty
% of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
% General Public License for more details.
%
% You should have received a copy of the GNU General Public License
% along with this program.  If not, see <https://www.gnu.org/licenses/>.
%
% As a special exception, when this file is read by TeX when processing
% a Texinfo source document, you may use the result without
% restriction. This Exception is an additional permission under section 7
% of the GNU General Public License, version 3 ("GPLv3").</text>


