#!/usr/bin/env bash
# Debian's PyTorch and scikit-learn for the side-by-side benchmark. --no-install-recommends matters:
# python3-torch recommends libtorch-dev, whose libtorch_cpu shadows TorchSharp's in notebook kernels.
# Debian's torch does its matrix products through the system BLAS (libblas.so.3); without an optimized one
# that is the reference BLAS, ~12x slower on the transformer: OpenBLAS gives PyTorch a fair start.
set -euo pipefail
missing=()
for package in python3-torch python3-sklearn libopenblas0-pthread; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
((${#missing[@]})) || exit 0
echo "installing ${missing[*]} (Debian, --no-install-recommends)"
apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
