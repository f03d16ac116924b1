#!/usr/bin/env bash
# OpenBLAS for the Linux bundle, as a static archive from which slim_bundle.py links a
# small library in place of the one numpy's wheel brings (libscipy_openblas64_, 24 MB:
# all of LAPACK, kernels for 21 x86 generations). Same symbol names as the wheel's
# (64-bit integers, "scipy_" prefix, "64_" suffix), kernels for the x86 generations of
# the last 15 years only (older ones and AMD's Bulldozer family run the nearest of
# these), LAPACK in C (no Fortran compiler needed).
#
#   packaging/linux/build_openblas.sh      prints the path of libopenblas.a
#
# The source is OpenBLAS in the sdist of cmeel-openblas on PyPI (the version numpy's
# wheel is built from; its SHA-256 is checked against the index's). Kept in
# PINSCRIBE_OPENBLAS_CACHE (default packaging/.cache/openblas): a second run prints the
# archive at once. Takes 20 to 40 minutes on 2 cores; runs under `nice -n 19` with
# PINSCRIBE_OPENBLAS_JOBS jobs (default 2).
set -euo pipefail

version=0.3.31
sha256=a3fe5e5875393a37f569da9bf1403adae45579570e8582b837bd985746d9ac20
here=$(cd "$(dirname "$0")/../.." && pwd)
jobs=${PINSCRIBE_OPENBLAS_JOBS:-2}
cache=${PINSCRIBE_OPENBLAS_CACHE:-$here/packaging/.cache/openblas}
OPTIONS=(
  NO_SHARED=1 DYNAMIC_ARCH=1 "DYNAMIC_LIST=NEHALEM SANDYBRIDGE HASWELL ZEN SKYLAKEX"
  TARGET=PRESCOTT BINARY=64 INTERFACE64=1 SYMBOLPREFIX=scipy_ SYMBOLSUFFIX=64_
  USE_OPENMP=0 USE_THREAD=1 NUM_THREADS=64 NO_AFFINITY=1 NOFORTRAN=1 C_LAPACK=1
  BUILD_BFLOAT16=0
)
key=$(printf '%s\n' "$version" "${OPTIONS[@]}" | sha256sum | cut -c1-12)
out="$cache/$version-$key"
if [ -f "$out/libopenblas.a" ]; then
  echo "$out/libopenblas.a"
  exit 0
fi

sdist="$cache/cmeel_openblas-$version.tar.gz"
mkdir -p "$cache"
if [ ! -f "$sdist" ]; then
  echo "build_openblas.sh: downloading the cmeel-openblas $version sdist from PyPI" >&2
  python3 "$here/packaging/linux/fetch_sdist.py" cmeel-openblas "cmeel_openblas-$version.tar.gz" \
    "$sdist" "$sha256" || exit 1
fi
work="$out/work"
rm -rf "$work"
mkdir -p "$work"
tar xzf "$sdist" -C "$work" --strip-components=1 "cmeel_openblas-$version/OpenBLAS"
echo "build_openblas.sh: building OpenBLAS $version in $work, log in $out/build.log" >&2
# libs: BLAS with its kernels and OpenBLAS's own LAPACK routines; netlib: the rest of LAPACK.
(cd "$work/OpenBLAS" && nice -n 19 make -j "$jobs" libs "${OPTIONS[@]}" &&
  nice -n 19 make -j "$jobs" netlib "${OPTIONS[@]}") >"$out/build.log" 2>&1 || {
  echo "build_openblas.sh: the build failed; the end of $out/build.log:" >&2
  tail -n 30 "$out/build.log" >&2
  exit 1
}
# OpenBLAS gives its symbols the prefix and suffix only when it links its shared library:
# here every symbol the archive defines gets them, as the wheel's have (dgetrf_ ->
# scipy_dgetrf_64_, cblas_sgemm -> scipy_cblas_sgemm64_), references inside it alike.
nm -g --defined-only "$work/OpenBLAS/libscipy_openblas64_.a" |
  awk 'NF == 3 { print $3 " scipy_" $3 "64_" }' | sort -u >"$work/rename.def"
objcopy --redefine-syms="$work/rename.def" "$work/OpenBLAS/libscipy_openblas64_.a" \
  "$out/libopenblas.a"
rm -rf "$work"
echo "$out/libopenblas.a"
