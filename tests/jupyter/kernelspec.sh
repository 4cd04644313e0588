#!/usr/bin/env bash
# Source this: installs (once) the pinned dotnet-interactive Jupyter kernel as a kernelspec of our own under
# artifacts/jupyter (not the user's), with its own HTTP ports (parallel kernels race for port 2048), and
# exports JUPYTER_PATH so jupyter finds it. Needs $repo set to the repository root.
dotnet tool restore >/dev/null
export JUPYTER_PATH="$repo/artifacts/jupyter"
if [[ ! -f "$JUPYTER_PATH/kernels/.net-csharp/kernel.json" ]]; then
  mkdir -p "$JUPYTER_PATH/kernels"
  dotnet tool run dotnet-interactive -- jupyter install --path "$JUPYTER_PATH/kernels" --http-port-range 2150-2199 >/dev/null
  /usr/bin/python3 - "$JUPYTER_PATH/kernels/.net-csharp/kernel.json" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
spec["argv"].append("--http-local-only")  # the kernel's HTTP endpoint is for this machine only
json.dump(spec, open(sys.argv[1], "w"), indent=2)
PY
fi
