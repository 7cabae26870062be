# The licenses the embedded packages use, shaped like nixpkgs' lib.licenses.
{ lib }:

let
  # A free, redistributable license known to SPDX.
  spdx = shortName: spdxId: fullName: {
    inherit shortName spdxId fullName;
    url = "https://spdx.org/licenses/${spdxId}.html";
    free = true;
    redistributable = true;
    deprecated = false;
  };
in
{
  agpl3Plus = spdx "agpl3Plus" "AGPL-3.0-or-later" "GNU Affero General Public License v3.0 or later";
  artistic1 = spdx "artistic1" "Artistic-1.0" "Artistic License 1.0";
  asl20 = spdx "asl20" "Apache-2.0" "Apache License 2.0";
  boost = spdx "boost" "BSL-1.0" "Boost Software License 1.0";
  bsd0 = spdx "bsd0" "0BSD" "BSD Zero Clause License";
  bsd2 = spdx "bsd2" "BSD-2-Clause" "BSD 2-clause \"Simplified\" License";
  bsd3 = spdx "bsd3" "BSD-3-Clause" "BSD 3-clause \"New\" or \"Revised\" License";
  bzip2 = spdx "bzip2" "bzip2-1.0.6" "bzip2 and libbzip2 License v1.0.6";
  curl = spdx "curl" "curl" "curl License";
  gpl1Plus = spdx "gpl1Plus" "GPL-1.0-or-later" "GNU General Public License v1.0 or later";
  gpl2Only = spdx "gpl2Only" "GPL-2.0-only" "GNU General Public License v2.0 only";
  gpl2Plus = spdx "gpl2Plus" "GPL-2.0-or-later" "GNU General Public License v2.0 or later";
  gpl3Only = spdx "gpl3Only" "GPL-3.0-only" "GNU General Public License v3.0 only";
  gpl3Plus = spdx "gpl3Plus" "GPL-3.0-or-later" "GNU General Public License v3.0 or later";
  icu = spdx "icu" "ICU" "ICU License";
  isc = spdx "isc" "ISC" "ISC License";
  lgpl21Plus = spdx "lgpl21Plus" "LGPL-2.1-or-later" "GNU Lesser General Public License v2.1 or later";
  lgpl2Plus = spdx "lgpl2Plus" "LGPL-2.0-or-later" "GNU Library General Public License v2 or later";
  lgpl3Plus = spdx "lgpl3Plus" "LGPL-3.0-or-later" "GNU Lesser General Public License v3.0 or later";
  mit = spdx "mit" "MIT" "MIT License";
  mpl20 = spdx "mpl20" "MPL-2.0" "Mozilla Public License 2.0";
  ncsa = spdx "ncsa" "NCSA" "University of Illinois/NCSA Open Source License";
  psfl = spdx "psfl" "Python-2.0" "Python Software Foundation License version 2";
  unlicense = spdx "unlicense" "Unlicense" "The Unlicense";
  zlib = spdx "zlib" "Zlib" "zlib License";

  publicDomain = {
    shortName = "publicDomain";
    fullName = "Public Domain";
    free = true;
    redistributable = true;
    deprecated = false;
  };

  # Intel Simplified Software License: redistributable, but not free.
  issl = {
    shortName = "issl";
    fullName = "Intel Simplified Software License";
    url = "https://software.intel.com/en-us/license/intel-simplified-software-license";
    free = false;
    redistributable = true;
    deprecated = false;
  };

  unfree = {
    shortName = "unfree";
    fullName = "Unfree";
    free = false;
    redistributable = false;
    deprecated = false;
  };

  unfreeRedistributable = {
    shortName = "unfreeRedistributable";
    fullName = "Unfree redistributable";
    free = false;
    redistributable = true;
    deprecated = false;
  };
}
