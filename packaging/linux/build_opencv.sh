#!/usr/bin/env bash
# A minimal OpenCV for the Linux bundle: the OpenCV of the locked opencv-python-headless
# (its sdist from PyPI, same version as packaging/constraints.txt), built with only the
# modules Pinscribe calls. The PyPI wheel links every OpenCV module into one 71 MB
# cv2.abi3.so (plus 81 MB of libraries); this one is about a fifth of that and needs no
# library outside glibc/libstdc++.
#
#   packaging/linux/build_opencv.sh [PYTHON]       (PYTHON: the venv's python)
#
# Prints the folder to put first on PYTHONPATH (it holds only the `cv2` package):
# `make package` does so when it runs PyInstaller; `make run`/`make test` keep the wheel.
# To test the checks against it:
#   PYTHONPATH="$(packaging/linux/build_opencv.sh .venv/bin/python):$PWD" .venv/bin/python -m pytest
#
# Kept in PINSCRIBE_OPENCV_CACHE (default packaging/.cache/opencv, not committed, not
# removed by `make clean`): a second run with the same version and options prints the
# folder at once. Rebuild: delete the cache folder (or change a version or option).
# Takes 20 to 40 minutes on 2 cores; runs under `nice -n 19` with
# PINSCRIBE_OPENCV_JOBS jobs (default 2). Needs cmake, a C++ compiler and Python's headers.
#
# Modules (OpenCV 5 names): core, imgproc, geometry (findHomography,
# estimateAffinePartial2D, intersectConvexConvex, fitLine), features (SIFT, ORB,
# BFMatcher) with flann, imgcodecs (JPEG and PNG only: the tests and benchmarks encode
# with it; Pinscribe itself reads photos with Pillow). Left out: dnn and objdetect (the
# face detector runs its ONNX model on onnxruntime), videoio, highgui, calib, stereo,
# photo, video, stitching, ptcloud. Also without IPP, OpenCL, LAPACK (OpenCV's own
# solvers instead of OpenBLAS), ITT, protobuf: the wheel's build fetches IPP from GitHub.
set -euo pipefail

python=${1:-.venv/bin/python}
# cmake runs the bindings generator from the build folder: a relative PYTHON (as the
# Makefile passes, .venv/bin/python) must become absolute. Not realpath: that would
# leave the venv for the interpreter it links to.
case "$python" in /*) ;; *) python="$PWD/$python" ;; esac
here=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^opencv-python-headless==//p' "$here/packaging/constraints.txt")
[ -n "$version" ] || { echo "build_opencv.sh: no opencv-python-headless in packaging/constraints.txt" >&2; exit 1; }
jobs=${PINSCRIBE_OPENCV_JOBS:-2}
cache=${PINSCRIBE_OPENCV_CACHE:-$here/packaging/.cache/opencv}

MODULES=core,imgproc,imgcodecs,geometry,flann,features,python3
OPTIONS=(
  -DCMAKE_BUILD_TYPE=Release -DBUILD_LIST=$MODULES
  -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTS=OFF -DBUILD_PERF_TESTS=OFF -DBUILD_EXAMPLES=OFF
  -DBUILD_DOCS=OFF -DBUILD_opencv_apps=OFF -DBUILD_JAVA=OFF -DBUILD_opencv_python2=OFF
  -DBUILD_opencv_python3=ON -DPYTHON3_LIMITED_API=ON -DOPENCV_PYTHON3_INSTALL_PATH=python
  -DWITH_IPP=OFF -DWITH_OPENCL=OFF -DWITH_LAPACK=OFF -DWITH_EIGEN=OFF -DWITH_ITT=OFF
  -DWITH_PROTOBUF=OFF -DWITH_FLATBUFFERS=OFF -DWITH_ONNXRUNTIME=OFF -DWITH_OPENVINO=OFF
  -DWITH_FFMPEG=OFF -DWITH_GSTREAMER=OFF -DWITH_V4L=OFF -DWITH_1394=OFF -DWITH_GTK=OFF
  -DWITH_QT=OFF -DWITH_WAYLAND=OFF -DWITH_FRAMEBUFFER=OFF -DWITH_VA=OFF -DWITH_VA_INTEL=OFF
  -DWITH_OBSENSOR=OFF -DWITH_UNIFONT=OFF -DWITH_VTK=OFF -DWITH_TBB=OFF -DWITH_OPENMP=OFF
  -DWITH_JPEG=ON -DBUILD_JPEG=ON -DWITH_PNG=ON -DBUILD_PNG=ON -DWITH_SPNG=OFF
  -DBUILD_ZLIB=ON -DWITH_TIFF=OFF -DWITH_WEBP=OFF -DWITH_OPENJPEG=OFF -DWITH_JASPER=OFF
  -DWITH_OPENEXR=OFF -DWITH_AVIF=OFF -DWITH_JPEGXL=OFF -DWITH_IMGCODEC_GIF=OFF
  -DWITH_IMGCODEC_HDR=OFF -DWITH_IMGCODEC_SUNRASTER=OFF -DWITH_IMGCODEC_PXM=OFF
  -DWITH_IMGCODEC_PFM=OFF
  # As the wheel: SSE3 baseline with dispatched SSE4/AVX/AVX2/AVX-512 code (defaults).
  "-DCMAKE_SHARED_LINKER_FLAGS=-Wl,--gc-sections -Wl,--as-needed -Wl,-s"
  "-DCMAKE_C_FLAGS=-ffunction-sections -fdata-sections"
  "-DCMAKE_CXX_FLAGS=-ffunction-sections -fdata-sections"
)
key=$(printf '%s\n' "$version" "$("$python" -c 'import sys; print(sys.version)')" "${OPTIONS[@]}" |
  sha256sum | cut -c1-12)
site="$cache/$version-$key/site"
if [ -f "$site/cv2/.complete" ]; then
  echo "$site"
  exit 0
fi

work="$cache/$version-$key/work"
mkdir -p "$work"
sdist="$cache/opencv_python_headless-$version.tar.gz"
if [ ! -f "$sdist" ]; then
  echo "build_opencv.sh: downloading the opencv-python-headless $version sdist from PyPI" >&2
  "$python" "$here/packaging/linux/fetch_sdist.py" opencv-python-headless \
    "opencv_python_headless-$version.tar.gz" "$sdist" || exit 1
fi
if [ ! -d "$work/src" ]; then
  mkdir -p "$work/src"
  tar xzf "$sdist" -C "$work/src" --strip-components=1 \
    "opencv_python_headless-$version/opencv"
fi

numpy_include=$("$python" -c 'import numpy; print(numpy.get_include())')
py_include=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
echo "build_opencv.sh: building OpenCV $version ($MODULES) in $work, log in $work/build.log" >&2
{
  nice -n 19 cmake -S "$work/src/opencv" -B "$work/build" -G Ninja \
    -DCMAKE_INSTALL_PREFIX="$work/install" \
    -DPYTHON3_EXECUTABLE="$python" -DPYTHON_DEFAULT_EXECUTABLE="$python" \
    -DPYTHON3_INCLUDE_DIR="$py_include" -DPYTHON3_NUMPY_INCLUDE_DIRS="$numpy_include" \
    "${OPTIONS[@]}" &&
  nice -n 19 cmake --build "$work/build" -j "$jobs" &&
  nice -n 19 cmake --install "$work/build"
} >"$work/build.log" 2>&1 || {
  echo "build_opencv.sh: the build failed; the end of $work/build.log:" >&2
  tail -n 30 "$work/build.log" >&2
  exit 1
}

# The installed package has the loader in python/cv2 and the module in python/cv2/python-3.
rm -rf "$site"
mkdir -p "$site"
cp -r "$work/install/python/cv2" "$site/cv2"
find "$site" -name '__pycache__' -prune -exec rm -rf {} +
"$python" -c 'import sys; sys.path.insert(0, sys.argv[1]); import cv2; print(cv2.__file__)' "$site" >&2
touch "$site/cv2/.complete"
echo "$site"
