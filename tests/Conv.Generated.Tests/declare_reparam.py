#!/usr/bin/env python3
"""Writes ReparamDeclarations.cs: every case in tests/fixtures/reparam declared with the attributes, as a user would
(members as [Conv2d] / [BatchNorm2d] types, chains as [Composite], branches as [Sum] / [Concat] with typeof(Identity)
for an empty branch), plus a registry of what each case runs. Run it after copying new fixtures over; the tests fail
and say so when a fixture has no declaration."""
import glob, json, os
from declare_fixtures import attribute as conv_attribute, pascal, write_registry

here = os.path.dirname(os.path.abspath(__file__))
folder = os.path.join(here, "..", "fixtures", "reparam")
acts = {"none": "None", "relu": "Relu", "relu6": "Relu6", "leaky_relu": "LeakyRelu"}

def activation_args(a):
    if a["kind"] == "none": return []
    args = [f"Activation = Activation.{acts[a['kind']]}"]
    if a["kind"] == "leaky_relu": args.append(f"NegativeSlope = {a['negativeSlope']!r}f")
    return args

def activation_expr(a):
    slope = f"{a['negativeSlope']!r}f" if a["kind"] == "leaky_relu" else "0.01f"
    return f"Activation.{acts[a['kind']]}, {slope}"

def attribute(layer):
    if layer["op"] == "batchnorm2d":
        args = [f"InputHeight = {layer['inputHeight']}", f"InputWidth = {layer['inputWidth']}"]
        if layer["eps"] != 1e-5: args.append(f"Eps = {layer['eps']!r}")
        return f"[BatchNorm2d({layer['channels']}, {', '.join(args + activation_args(layer['activation']))})]"
    return conv_attribute(dict(layer, bias=layer.get("bias") is not None), activation_args(layer["activation"]))

def instance(type_name, layer, k):
    if layer["op"] == "batchnorm2d":
        return f"new {type_name}(p[{k}].Weight, p[{k}].Bias!, p[{k}].RunningMean!, p[{k}].RunningVar!)"
    return f"new {type_name}(p[{k}].Weight, p[{k}].Bias)"

def surface(t):
    return (f"new[] {{ {t}.InChannels, {t}.OutChannels, {t}.KernelHeight, {t}.KernelWidth, {t}.StrideHeight, {t}.StrideWidth, {t}.PaddingHeight, "
            f"{t}.PaddingWidth, {t}.DilationHeight, {t}.DilationWidth, {t}.Groups, {t}.InputHeight, {t}.InputWidth, {t}.OutputHeight, {t}.OutputWidth }}, "
            f"{t}.HasBias, {t}.PaddingMode, {t}.Activation, {t}.NegativeSlope, {t}.IsExact, {t}.ExactRegion")

declarations, entries = [], []
for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
    case = json.load(open(path))
    key = os.path.basename(path)[:-5]
    t = pascal(key)
    k = 0  # index of the next layer object in the flattened parameter list

    def declare_chain(prefix, layers):
        """Declares each layer as a type; returns (member type names, instance expressions, sequential run expression of x)."""
        global k
        types, instances, run = [], [], "x"
        for i, layer in enumerate(layers):
            member = f"{prefix}Layer{i + 1}"
            declarations.append(f"{attribute(layer)}\npublic partial class {member};\n")
            types.append(member)
            instances.append(instance(member, layer, k))
            run = f"{instances[-1]}.Forward({run})"
            k += 1
        return types, instances, run

    if case["kind"] == "fused":
        layer = case["layer"]
        declarations.append(f"{attribute(layer)}\npublic partial class {t};\n")
        entries.append(f'        ["{key}"] = new ReparamCase(1, (p, x) => {instance(t, layer, 0)}.Forward(x), null, null, default, default, default, default, default, default),')
        continue

    if case["kind"] == "fold":
        types, instances, run = declare_chain(t, case["layers"])
        declarations.append(f"[Composite({', '.join(f'typeof({m})' for m in types)})]\npublic partial class {t};\n")
        fold = f"p => {{ var f = {t}.Compose({', '.join(instances)}); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); }}"
        entries.append(f'        ["{key}"] = new ReparamCase({k}, (p, x) => {run}, {fold},\n            {surface(t)}),')
        continue

    branch_types, branch_instances, branch_runs = [], [], []
    for b, branch in enumerate(case["branches"]):
        if not branch:
            branch_types.append("Identity")
            branch_runs.append("x")
            continue
        types, instances, run = declare_chain(f"{t}Branch{b + 1}", branch)
        if len(types) == 1:
            branch_types.append(types[0])
            branch_instances.append(instances[0])
        else:
            composite = f"{t}Branch{b + 1}"
            declarations.append(f"[Composite({', '.join(f'typeof({m})' for m in types)})]\npublic partial class {composite};\n")
            branch_types.append(composite)
            branch_instances.append(f"{composite}.Compose({', '.join(instances)})")
        branch_runs.append(run)
    attr = "Sum" if case["kind"] == "sum" else "Concat"
    args = [f"typeof({b})" for b in branch_types] + activation_args(case["activation"])
    declarations.append(f"[{attr}({', '.join(args)})]\npublic partial class {t};\n")
    combine = "Combine.Sum" if attr == "Sum" else f"Combine.Concat({case['batch']}, "
    outputs = ", ".join(branch_runs)
    sequence = (f"Combine.Activate(Combine.Sum({outputs}), {activation_expr(case['activation'])})" if attr == "Sum"
                else f"Combine.Activate(Combine.Concat({case['batch']}, {outputs}), {activation_expr(case['activation'])})")
    fold = f"p => {{ var f = {t}.Compose({', '.join(branch_instances)}); return new Folded(f.Weight, f.Bias, x => f.Forward(x)); }}"
    entries.append(f'        ["{key}"] = new ReparamCase({k}, (p, x) => {sequence}, {fold},\n            {surface(t)}),')

write_registry("ReparamDeclarations.cs", "declare_reparam.py from tests/fixtures/reparam", "Conv.Generated.Tests.Reparam",
               declarations, "ReparamRegistry", "ReparamCase", entries)
