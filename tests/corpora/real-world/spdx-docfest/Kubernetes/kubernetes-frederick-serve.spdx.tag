SPDXVersion: SPDX-2.2
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: SBOM-SPDX-a9ea4ede-d118-4a18-9e3f-b1088c4a0f08
DocumentNamespace: https://spdx.org/spdxdocs/k8s-releng-bom-6e749c35-baa4-46f0-bb62-be6f3804d552
Creator: Tool: sigs.k8s.io/bom/pkg/spdx
Created: 2022-01-22T06:32:02Z


##### Package: serve

PackageName: serve
SPDXID: SPDXRef-Package-serve
PackageDownloadLocation: NONE
FilesAnalyzed: true
PackageVerificationCode: 302c74b7a815507511f08cf17a5059afbce0f956
PackageLicenseConcluded: Apache-2.0
PackageLicenseInfoFromFiles: Apache-2.0
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: NOASSERTION

FileName: .github/dependabot.yml
SPDXID: SPDXRef-File-serve-.github-dependabot.yml
FileChecksum: SHA1: 278ec08f763ad14fc56be0ac82ad27baf58e9a93
FileChecksum: SHA256: f7c47fdec29986e9cf1ed3ae0a438268402057caf6150bdf6a47c694419367a8
FileChecksum: SHA512: ca3be3ebef453c9d8b639e9319833d3fd3ab402d854b8bf10a129fa14d40d644f091eb69659a5cf4ed7c0cce28046636aea7571263ae37509da035815f8840e0
FileType: TEXT
LicenseConcluded: Apache-2.0
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-serve CONTAINS SPDXRef-File-serve-.github-dependabot.yml
FileName: .github/workflows/go.yml
SPDXID: SPDXRef-File-serve-.github-workflows-go.yml
FileChecksum: SHA1: 08b5dcbaad6c7a36ae5888b71df862ed448dac1e
FileChecksum: SHA256: ba786967d4b15493d9e20c23cb57e69edf477f6592e935210ab9796a850d08ed
FileChecksum: SHA512: a2ec6fc0ae4a2abee202a944dcd2c9fb50c6c4a95f1a7cbb533db861f3eb133dfc4e4286e711c1a4cedf151975c497f1525e7df9387d64028efbbb0f12fd6252
FileType: TEXT
LicenseConcluded: Apache-2.0
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-serve CONTAINS SPDXRef-File-serve-.github-workflows-go.yml
FileName: Dockerfile
SPDXID: SPDXRef-File-serve-Dockerfile
FileChecksum: SHA1: e8d94d49fafde40ea5faf66c373bfda7bc5168ec
FileChecksum: SHA256: bfdb4ad6bd77c030e8a337ce7d079dedf96859f1f18c91dda6d9ef5b8ee1ca2f
FileChecksum: SHA512: 8f211467a8a3207f20c0056520e8e638363d714c2b6b222e486cca7419af8307ffd3fc104126f584239ba0fc56859c5fe830afd5e172e415d70a206dbc9d2f36
FileType: BINARY
FileType: APPLICATION
LicenseConcluded: Apache-2.0
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-serve CONTAINS SPDXRef-File-serve-Dockerfile
FileName: .gitignore
SPDXID: SPDXRef-File-serve-.gitignore
FileChecksum: SHA1: a1c33b57a73d54916ba015d413790d6b7e8644ae
FileChecksum: SHA256: 654fead0f8e6a7f3830e71b506de38673005724a2f257cb597363031dc0ee7f3
FileChecksum: SHA512: b78c2c0ed5e3320c44b9d3f0ca3f23b803aeb2eb3ee2690fc51bba94eb1f86cb649f9fa18e7349443923c529fcfe4a5cac95f1910782eb4ff7d50cf9234bb971
FileType: OTHER
LicenseConcluded: Apache-2.0
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-serve CONTAINS SPDXRef-File-serve-.gitignore
FileName: go.sum
SPDXID: SPDXRef-File-serve-go.sum
FileChecksum: SHA1: d32988c06c8e39c2c84943456d414de1909ff9ef
FileChecksum: SHA256: 84cdeba0236a938117c17121a1b2fd7547798bbc3d5f9dbcddb40e151c387cea
FileChecksum: SHA512: 74fa1bae83e5f71262582cbe57a4fae394db84a1e495542b8b5eb712628935e71b55b0327e52d948ecf41cb6c258feb8cd04441c4b22c51e25461dfd59dcd0e4
FileType: OTHER
LicenseConcluded: Apache-2.0
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-serve CONTAINS SPDXRef-File-serve-go.sum
FileName: README.md
SPDXID: SPDXRef-File-serve-README.md
FileChecksum: SHA1: 1ef1dc069a3f2750863d95df584951c4240d83f0
FileChecksum: SHA256: 60106094a3aed6c97e44e23563fcf56aa17d448110ad544c1322cf9ade6402db
FileChecksum: SHA512: ec26395a3b3d16a4b0a18a3b702b6d0f9df646c3e14baa404b03b1fe5ec7f5d5af7841cae043694d2291427507ab5ca2193beb76b5c23ea0a1e908a3f9539613
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: Apache-2.0
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-serve CONTAINS SPDXRef-File-serve-README.md
FileName: go.mod
SPDXID: SPDXRef-File-serve-go.mod
FileChecksum: SHA1: 4196d544de76ece13ab600d2a1b024cf57c3d38e
FileChecksum: SHA256: 9c98b2cfd770078fc68b080ff48a4bca4623aaf514cf02caffe0d8c51b80af5b
FileChecksum: SHA512: d7d8de4df9c9489dc50eefeadd92585d5c4e0a33bda8074d1fd63077c24d9c6e5217361a45dbe2f44a503dc973d5ce40f1a7ba958e755adfdd4cc7a0328a737e
FileType: OTHER
LicenseConcluded: Apache-2.0
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-serve CONTAINS SPDXRef-File-serve-go.mod
FileName: LICENSE
SPDXID: SPDXRef-File-serve-LICENSE
FileChecksum: SHA1: c700a8b9312d24bdc57570f7d6a131cf63d89016
FileChecksum: SHA256: cb5e8e7e5f4a3988e1063c142c60dc2df75605f4c46515e776e3aca6df976e14
FileChecksum: SHA512: 46cd9ba0455e2eeddb70b7c793a6476cfbb75fa306c3e3e4f66973cb3e4f3143a358ee6dd3b065d17ba06b2d63c2bc7cab8e1d01ede19a3eaa4fc18ce952cf65
FileType: TEXT
FileType: DOCUMENTATION
LicenseConcluded: NOASSERTION
LicenseInfoInFile: Apache-2.0
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-serve CONTAINS SPDXRef-File-serve-LICENSE
FileName: main.go
SPDXID: SPDXRef-File-serve-main.go
FileChecksum: SHA1: 3fb2132aec9cf639f00409b508e27bdbf0c0527f
FileChecksum: SHA256: 39f3f4d5985c290926d957c689ba08486773e153f464c1d00f46bf4efd1ccd20
FileChecksum: SHA512: d335ffab199b3ac2982580659a16a5a3e5e651b6094ff0cdc98c642da12073367e2bc671243d8fc05a6b42f75a5edff50e21897a4fb358506fc4472e773b2b13
FileType: SOURCE
LicenseConcluded: Apache-2.0
LicenseInfoInFile: NONE
FileCopyrightText: NOASSERTION

Relationship: SPDXRef-Package-serve CONTAINS SPDXRef-File-serve-main.go
##### Package: github.com/fkautz/serve

PackageName: github.com/fkautz/serve
SPDXID: SPDXRef-Package-github.com-fkautz-serve
PackageDownloadLocation: https://github.com/fkautz/serve
FilesAnalyzed: false
PackageLicenseConcluded: Apache-2.0
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: <text>Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/

   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION

   1. Definitions.

      "License" shall mean the terms and conditions for use, reproduction,
      and distribution as defined by Sections 1 through 9 of this document.

      "Licensor" shall mean the copyright owner or entity authorized by
      the copyright owner that is granting the License.

      "Legal Entity" shall mean the union of the acting entity and all
      other entities that control, are controlled by, or are under common
      control with that entity. For the purposes of this definition,
      "control" means (i) the power, direct or indirect, to cause the
      direction or management of such entity, whether by contract or
      otherwise, or (ii) ownership of fifty percent (50%) or more of the
      outstanding shares, or (iii) beneficial ownership of such entity.

      "You" (or "Your") shall mean an individual or Legal Entity
      exercising permissions granted by this License.

      "Source" form shall mean the preferred form for making modifications,
      including but not limited to software source code, documentation
      source, and configuration files.

      "Object" form shall mean any form resulting from mechanical
      transformation or translation of a Source form, including but
      not limited to compiled object code, generated documentation,
      and conversions to other media types.

      "Work" shall mean the work of authorship, whether in Source or
      Object form, made available under the License, as indicated by a
      copyright notice that is included in or attached to the work
      (an example is provided in the Appendix below).

      "Derivative Works" shall mean any work, whether in Source or Object
      form, that is based on (or derived from) the Work and for which the
      editorial revisions, annotations, elaborations, or other modifications
      represent, as a whole, an original work of authorship. For the purposes
      of this License, Derivative Works shall not include works that remain
      separable from, or merely link (or bind by name) to the interfaces of,
      the Work and Derivative Works thereof.

      "Contribution" shall mean any work of authorship, including
      the original version of the Work and any modifications or additions
      to that Work or Derivative Works thereof, that is intentionally
      submitted to Licensor for inclusion in the Work by the copyright owner
      or by an individual or Legal Entity authorized to submit on behalf of
      the copyright owner. For the purposes of this definition, "submitted"
      means any form of electronic, verbal, or written communication sent
      to the Licensor or its representatives, including but not limited to
      communication on electronic mailing lists, source code control systems,
      and issue tracking systems that are managed by, or on behalf of, the
      Licensor for the purpose of discussing and improving the Work, but
      excluding communication that is conspicuously marked or otherwise
      designated in writing by the copyright owner as "Not a Contribution."

      "Contributor" shall mean Licensor and any individual or Legal Entity
      on behalf of whom a Contribution has been received by Licensor and
      subsequently incorporated within the Work.

   2. Grant of Copyright License. Subject to the terms and conditions of
      this License, each Contributor hereby grants to You a perpetual,
      worldwide, non-exclusive, no-charge, royalty-free, irrevocable
      copyright license to reproduce, prepare Derivative Works of,
      publicly display, publicly perform, sublicense, and distribute the
      Work and such Derivative Works in Source or Object form.

   3. Grant of Patent License. Subject to the terms and conditions of
      this License, each Contributor hereby grants to You a perpetual,
      worldwide, non-exclusive, no-charge, royalty-free, irrevocable
      (except as stated in this section) patent license to make, have made,
      use, offer to sell, sell, import, and otherwise transfer the Work,
      where such license applies only to those patent claims licensable
      by such Contributor that are necessarily infringed by their
      Contribution(s) alone or by combination of their Contribution(s)
      with the Work to which such Contribution(s) was submitted. If You
      institute patent litigation against any entity (including a
      cross-claim or counterclaim in a lawsuit) alleging that the Work
      or a Contribution incorporated within the Work constitutes direct
      or contributory patent infringement, then any patent licenses
      granted to You under this License for that Work shall terminate
      as of the date such litigation is filed.

   4. Redistribution. You may reproduce and distribute copies of the
      Work or Derivative Works thereof in any medium, with or without
      modifications, and in Source or Object form, provided that You
      meet the following conditions:

      (a) You must give any other recipients of the Work or
          Derivative Works a copy of this License; and

      (b) You must cause any modified files to carry prominent notices
          stating that You changed the files; and

      (c) You must retain, in the Source form of any Derivative Works
          that You distribute, all copyright, patent, trademark, and
          attribution notices from the Source form of the Work,
          excluding those notices that do not pertain to any part of
          the Derivative Works; and

      (d) If the Work includes a "NOTICE" text file as part of its
          distribution, then any Derivative Works that You distribute must
          include a readable copy of the attribution notices contained
          within such NOTICE file, excluding those notices that do not
          pertain to any part of the Derivative Works, in at least one
          of the following places: within a NOTICE text file distributed
          as part of the Derivative Works; within the Source form or
          documentation, if provided along with the Derivative Works; or,
          within a display generated by the Derivative Works, if and
          wherever such third-party notices normally appear. The contents
          of the NOTICE file are for informational purposes only and
          do not modify the License. You may add Your own attribution
          notices within Derivative Works that You distribute, alongside
          or as an addendum to the NOTICE text from the Work, provided
          that such additional attribution notices cannot be construed
          as modifying the License.

      You may add Your own copyright statement to Your modifications and
      may provide additional or different license terms and conditions
      for use, reproduction, or distribution of Your modifications, or
      for any such Derivative Works as a whole, provided Your use,
      reproduction, and distribution of the Work otherwise complies with
      the conditions stated in this License.

   5. Submission of Contributions. Unless You explicitly state otherwise,
      any Contribution intentionally submitted for inclusion in the Work
      by You to the Licensor shall be under the terms and conditions of
      this License, without any additional terms or conditions.
      Notwithstanding the above, nothing herein shall supersede or modify
      the terms of any separate license agreement you may have executed
      with Licensor regarding such Contributions.

   6. Trademarks. This License does not grant permission to use the trade
      names, trademarks, service marks, or product names of the Licensor,
      except as required for reasonable and customary use in describing the
      origin of the Work and reproducing the content of the NOTICE file.

   7. Disclaimer of Warranty. Unless required by applicable law or
      agreed to in writing, Licensor provides the Work (and each
      Contributor provides its Contributions) on an "AS IS" BASIS,
      WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or
      implied, including, without limitation, any warranties or conditions
      of TITLE, NON-INFRINGEMENT, MERCHANTABILITY, or FITNESS FOR A
      PARTICULAR PURPOSE. You are solely responsible for determining the
      appropriateness of using or redistributing the Work and assume any
      risks associated with Your exercise of permissions under this License.

   8. Limitation of Liability. In no event and under no legal theory,
      whether in tort (including negligence), contract, or otherwise,
      unless required by applicable law (such as deliberate and grossly
      negligent acts) or agreed to in writing, shall any Contributor be
      liable to You for damages, including any direct, indirect, special,
      incidental, or consequential damages of any character arising as a
      result of this License or out of the use or inability to use the
      Work (including but not limited to damages for loss of goodwill,
      work stoppage, computer failure or malfunction, or any and all
      other commercial damages or losses), even if such Contributor
      has been advised of the possibility of such damages.

   9. Accepting Warranty or Additional Liability. While redistributing
      the Work or Derivative Works thereof, You may choose to offer,
      and charge a fee for, acceptance of support, warranty, indemnity,
      or other liability obligations and/or rights consistent with this
      License. However, in accepting such obligations, You may act only
      on Your own behalf and on Your sole responsibility, not on behalf
      of any other Contributor, and only if You agree to indemnify,
      defend, and hold each Contributor harmless for any liability
      incurred by, or claims asserted against, such Contributor by reason
      of your accepting any such warranty or additional liability.

   END OF TERMS AND CONDITIONS

   APPENDIX: How to apply the Apache License to your work.

      To apply the Apache License to your work, attach the following
      boilerplate notice, with the fields enclosed by brackets "{}"
      replaced with your own identifying information. (Don't include
      the brackets!)  The text should be enclosed in the appropriate
      comment syntax for the file format. We also recommend that a
      file or class name and description of purpose be included on the
      same "printed page" as the copyright notice for easier
      identification within third-party archives.

   Copyright {yyyy} {name of copyright owner}

   Licensed under the Apache License, Version 2.0 (the "License");
   you may not use this file except in compliance with the License.
   You may obtain a copy of the License at

       http://www.apache.org/licenses/LICENSE-2.0

   Unless required by applicable law or agreed to in writing, software
   distributed under the License is distributed on an "AS IS" BASIS,
   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   See the License for the specific language governing permissions and
   limitations under the License.


</text>


Relationship: SPDXRef-Package-serve DEPENDS_ON SPDXRef-Package-github.com-fkautz-serve
##### Package: github.com/felixge/httpsnoop@v1.0.2

PackageName: github.com/felixge/httpsnoop@v1.0.2
SPDXID: SPDXRef-Package-github.com-felixge-httpsnoopC64v1.0.2
PackageDownloadLocation: https://github.com/felixge/httpsnoop
FilesAnalyzed: false
PackageLicenseConcluded: MIT
PackageVersion: v1.0.2
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: <text>Copyright (c) 2016 Felix Geisendörfer (felix@debuggable.com)

 Permission is hereby granted, free of charge, to any person obtaining a copy
 of this software and associated documentation files (the "Software"), to deal
 in the Software without restriction, including without limitation the rights
 to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:

 The above copyright notice and this permission notice shall be included in
 all copies or substantial portions of the Software.

 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
 THE SOFTWARE.

</text>


Relationship: SPDXRef-Package-serve DEPENDS_ON SPDXRef-Package-github.com-felixge-httpsnoopC64v1.0.2
##### Package: github.com/gorilla/handlers@v1.5.1

PackageName: github.com/gorilla/handlers@v1.5.1
SPDXID: SPDXRef-Package-github.com-gorilla-handlersC64v1.5.1
PackageDownloadLocation: https://github.com/gorilla/handlers
FilesAnalyzed: false
PackageLicenseConcluded: BSD-2-Clause
PackageVersion: v1.5.1
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: <text>Copyright (c) 2013 The Gorilla Handlers Authors. All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

  Redistributions of source code must retain the above copyright notice, this
  list of conditions and the following disclaimer.

  Redistributions in binary form must reproduce the above copyright notice,
  this list of conditions and the following disclaimer in the documentation
  and/or other materials provided with the distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

</text>


Relationship: SPDXRef-Package-serve DEPENDS_ON SPDXRef-Package-github.com-gorilla-handlersC64v1.5.1
##### Package: github.com/russross/blackfriday/v2@v2.1.0

PackageName: github.com/russross/blackfriday/v2@v2.1.0
SPDXID: SPDXRef-Package-github.com-russross-blackfriday-v2C64v2.1.0
PackageDownloadLocation: https://github.com/russross/blackfriday
FilesAnalyzed: false
PackageLicenseConcluded: BSD-2-Clause
PackageVersion: v2.1.0
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: <text>Blackfriday is distributed under the Simplified BSD License:

> Copyright © 2011 Russ Ross
> All rights reserved.
>
> Redistribution and use in source and binary forms, with or without
> modification, are permitted provided that the following conditions
> are met:
>
> 1.  Redistributions of source code must retain the above copyright
>     notice, this list of conditions and the following disclaimer.
>
> 2.  Redistributions in binary form must reproduce the above
>     copyright notice, this list of conditions and the following
>     disclaimer in the documentation and/or other materials provided with
>     the distribution.
>
> THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
> "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
> LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS
> FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE
> COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT,
> INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING,
> BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
> LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
> CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
> LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN
> ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
> POSSIBILITY OF SUCH DAMAGE.

</text>


Relationship: SPDXRef-Package-serve DEPENDS_ON SPDXRef-Package-github.com-russross-blackfriday-v2C64v2.1.0
##### Package: github.com/cpuguy83/go-md2man/v2@v2.0.0

PackageName: github.com/cpuguy83/go-md2man/v2@v2.0.0
SPDXID: SPDXRef-Package-github.com-cpuguy83-go-md2man-v2C64v2.0.0
PackageDownloadLocation: https://github.com/cpuguy83/go-md2man
FilesAnalyzed: false
PackageLicenseConcluded: MIT
PackageVersion: v2.0.0
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: <text>The MIT License (MIT)

Copyright (c) 2014 Brian Goff

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

</text>


Relationship: SPDXRef-Package-serve DEPENDS_ON SPDXRef-Package-github.com-cpuguy83-go-md2man-v2C64v2.0.0
##### Package: github.com/urfave/cli@v1.22.5

PackageName: github.com/urfave/cli@v1.22.5
SPDXID: SPDXRef-Package-github.com-urfave-cliC64v1.22.5
PackageDownloadLocation: https://github.com/urfave/cli
FilesAnalyzed: false
PackageLicenseConcluded: MIT
PackageVersion: v1.22.5
PackageLicenseDeclared: NOASSERTION
PackageCopyrightText: <text>MIT License

Copyright (c) 2016 Jeremy Saenz & Contributors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

</text>


Relationship: SPDXRef-Package-serve DEPENDS_ON SPDXRef-Package-github.com-urfave-cliC64v1.22.5

Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-Package-serve


