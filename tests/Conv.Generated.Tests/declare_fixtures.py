#!/usr/bin/env python3
"""Writes FixtureDeclarations.cs: every case in tests/fixtures/conv2d declared with the attributes, as a user
would, plus a registry the tests look cases up in. Run it after copying new fixtures over; the tests fail and
say so when a fixture has no declaration."""
import glob, json, os

here = os.path.dirname(os.path.abspath(__file__))
folder = os.path.join(here, "..", "fixtures", "conv2d")
modes = {"zeros": "Zeros", "reflect": "Reflect", "replicate": "Replicate", "circular": "Circular"}

def pascal(name):
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))

def attribute(g, extra=()):
    """The [Conv2d] of a fixture geometry (bias a bool), with <extra> named arguments at the end."""
    args = [f"InputHeight = {g['inputHeight']}", f"InputWidth = {g['inputWidth']}"]
    square = g["kernelHeight"] if g["kernelHeight"] == g["kernelWidth"] else 1
    if g["kernelHeight"] != g["kernelWidth"]:
        args += [f"KernelHeight = {g['kernelHeight']}", f"KernelWidth = {g['kernelWidth']}"]
    for prop, h, w, default in (("Stride", "strideHeight", "strideWidth", 1), ("Padding", "paddingHeight", "paddingWidth", 0), ("Dilation", "dilationHeight", "dilationWidth", 1)):
        if g[h] == g[w]:
            if g[h] != default: args.append(f"{prop} = {g[h]}")
        else:
            args += [f"{prop}Height = {g[h]}", f"{prop}Width = {g[w]}"]
    if g["groups"] != 1: args.append(f"Groups = {g['groups']}")
    if not g["bias"]: args.append("Bias = false")
    if g["paddingMode"] != "zeros": args.append(f"PaddingMode = PaddingMode.{modes[g['paddingMode']]}")
    return f"[Conv2d({g['inChannels']}, {g['outChannels']}, {square}, {', '.join(args + list(extra))})]"

def main():

    declarations, entries = [], []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        case = json.load(open(path))
        name = case["name"] if "name" in case else os.path.basename(path)[:-5]
        key = os.path.basename(path)[:-5]
        type_name = pascal(key)
        if case["kind"] == "layer":
            declarations.append(f"{attribute(case['layer'])}\npublic partial class {type_name} : ILayer;\n")
            entries.append(f'        ["{key}"] = GeneratedLayer.Of<{type_name}>({type_name}.InChannels, {type_name}.OutChannels, {type_name}.KernelHeight, {type_name}.KernelWidth, {type_name}.StrideHeight, {type_name}.StrideWidth, {type_name}.PaddingHeight, {type_name}.PaddingWidth, {type_name}.DilationHeight, {type_name}.DilationWidth, {type_name}.Groups, {type_name}.HasBias, {type_name}.PaddingMode, {type_name}.InputHeight, {type_name}.InputWidth, {type_name}.OutputHeight, {type_name}.OutputWidth, (w, b) => new {type_name}(w, b)),')
        else:
            members = []
            for i, layer in enumerate(case["layers"]):
                member = f"{type_name}Layer{i + 1}"
                members.append(member)
                declarations.append(f"{attribute(layer)}\npublic partial class {member} : ILayer;\n")
            declarations.append(f"[Composite({', '.join(f'typeof({m})' for m in members)})]\npublic partial class {type_name} : ILayer;\n")
            n = len(members)
            ctor_args = ", ".join(f"new {m}(w[{i}], b[{i}] ?? default)" for i, m in enumerate(members))
            span_args = ", ".join(f"w[{i}], b[{i}]" for i in range(n))
            entries.append(
                f'        ["{key}"] = GeneratedComposite.Of<{type_name}>({type_name}.InChannels, {type_name}.OutChannels, {type_name}.KernelHeight, {type_name}.KernelWidth, {type_name}.StrideHeight, {type_name}.StrideWidth, {type_name}.PaddingHeight, {type_name}.PaddingWidth, {type_name}.DilationHeight, {type_name}.DilationWidth, {type_name}.Groups, {type_name}.HasBias, {type_name}.PaddingMode, {type_name}.InputHeight, {type_name}.InputWidth, {type_name}.OutputHeight, {type_name}.OutputWidth,\n'
                f'            (w, b) => new {type_name}(w, b), {type_name}.IsExact, {type_name}.ExactRegion, {type_name}.WeightLength, {type_name}.BiasLength,\n'
                f'            (w, b) => {type_name}.Compose({ctor_args}),\n'
                f'            (w, b, weight, bias) => {type_name}.ComposeKernels({span_args}, weight, bias),\n'
                f'            new GeneratedLayer[] {{ {", ".join(f"GeneratedLayer.Of<{m}>({m}.InChannels, {m}.OutChannels, {m}.KernelHeight, {m}.KernelWidth, {m}.StrideHeight, {m}.StrideWidth, {m}.PaddingHeight, {m}.PaddingWidth, {m}.DilationHeight, {m}.DilationWidth, {m}.Groups, {m}.HasBias, {m}.PaddingMode, {m}.InputHeight, {m}.InputWidth, {m}.OutputHeight, {m}.OutputWidth, (w, b) => new {m}(w, b))" for m in members)} }}),')

    write_registry("FixtureDeclarations.cs", "declare_fixtures.py from tests/fixtures/conv2d", "Conv.Generated.Tests.Declared",
                   declarations, "FixtureRegistry", "GeneratedLayer", entries)


def write_registry(file, source, namespace, declarations, registry, case_type, entries):
    """Writes the declarations and a registry class mapping each case's key to its entry, next to this script."""
    out = [f"// Written by {source}: every case declared as a user would.",
           "using System.Collections.Generic;", "using Conv;", "", f"namespace {namespace};", ""]
    out += declarations
    out += [f"public static class {registry}", "{",
            f"    public static readonly IReadOnlyDictionary<string, {case_type}> Cases = new Dictionary<string, {case_type}>", "    {"]
    out += entries
    out += ["    };", "}", ""]
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), file), "w").write("\n".join(out))

if __name__ == "__main__":
    main()
