using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Conv.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conv.Generators.Parsing;

/// <summary>Turns a <c>[Conv2d]</c> or <c>[Composite]</c> declaration into a <see cref="LayerModel"/>, the only place that sees symbols.</summary>
internal static class LayerReader
{
    public const string Conv2dAttributeName = "Conv.Conv2dAttribute";
    public const string CompositeAttributeName = "Conv.CompositeAttribute";

    // Composites of composites nest; a cycle (A composes B composes A) must not recurse forever.
    private const int MaxDepth = 32;

    public static LayerModel Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        var containing = new List<ContainingType>();
        var canGenerate = declaration.Modifiers.Any(SyntaxKind.PartialKeyword) && type.TypeParameters.Length == 0;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            canGenerate &= outer.TypeParameters.Length == 0 && outer.DeclaringSyntaxReferences.All(r =>
                r.GetSyntax(cancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));
            containing.Insert(0, new ContainingType(Keyword(outer), outer.Name));
        }

        LayerShape? shape;
        var members = ImmutableArray<CompositeMember>.Empty;
        if (context.Attributes[0].AttributeClass?.ToDisplayString() == CompositeAttributeName)
        {
            members = ReadMembers(context.Attributes[0], 0, cancellationToken);
            shape = ComposedShape(members);
            canGenerate &= shape is not null;
        }
        else
        {
            shape = ReadConv2d(context.Attributes[0]);
            canGenerate &= shape is not null && shape.Problems().Count == 0;
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        var hint = string.Join(".", new[] { ns }.Where(s => s.Length > 0).Concat(containing.Select(c => c.Name)).Concat(new[] { type.Name }));
        return new LayerModel(ns, type.Name, hint + ".g.cs", type.TypeKind == TypeKind.Struct,
            containing.ToEquatableArray(), shape, members.ToEquatableArray(), canGenerate);
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (_, TypeKind.Struct) => "struct",
        (_, TypeKind.Interface) => "interface",
        _ => "class",
    };

    // The member layers of a [Composite], each as the single conv it is; empty when any of them is not a valid layer.
    private static ImmutableArray<CompositeMember> ReadMembers(AttributeData attribute, int depth, CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<CompositeMember>();
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind != TypedConstantKind.Array) return builder.ToImmutable();
        foreach (var argument in attribute.ConstructorArguments[0].Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (argument.Value is not INamedTypeSymbol member) return ImmutableArray<CompositeMember>.Empty;
            var shape = ShapeOf(member, depth + 1);
            if (shape is null) return ImmutableArray<CompositeMember>.Empty;
            builder.Add(new CompositeMember(member.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), member.Name, shape));
        }

        return builder.ToImmutable();
    }

    /// <summary>The single conv a layer type is: its <c>[Conv2d]</c>, or its <c>[Composite]</c> composed; null when it is neither or is invalid.</summary>
    public static LayerShape? ShapeOf(INamedTypeSymbol type, int depth)
    {
        if (depth > MaxDepth) return null;
        foreach (var attribute in type.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            if (name == Conv2dAttributeName)
            {
                var shape = ReadConv2d(attribute);
                return shape is not null && shape.Problems().Count == 0 ? shape : null;
            }

            if (name == CompositeAttributeName)
                return ComposedShape(ReadMembers(attribute, depth, CancellationToken.None));
        }

        return null;
    }

    private static LayerShape? ComposedShape(ImmutableArray<CompositeMember> members) =>
        members.Length < 2 ? null : Compose(members.Select(m => m.Shape).ToList());

    private static LayerShape? Compose(IReadOnlyList<LayerShape> shapes)
    {
        if (shapes.Count < 2) return null;
        var geometries = shapes.Select(s => s.ToGeometry()).ToArray();
        if (KernelComposition.CheckChain(geometries).Count > 0) return null;
        try
        {
            return LayerShape.From(KernelComposition.ComposeGeometry(geometries));
        }
        catch (System.ArgumentException)
        {
            return null; // the composite needs padding its mode cannot take
        }
    }

    /// <summary>Reads a <c>[Conv2d]</c> attribute, resolving per-axis values (0 means the square value); null when it does not bind.</summary>
    public static LayerShape? ReadConv2d(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 3) return null;
        if (attribute.ConstructorArguments.Any(a => a.Value is not int)) return null;
        var inChannels = (int)attribute.ConstructorArguments[0].Value!;
        var outChannels = (int)attribute.ConstructorArguments[1].Value!;
        var kernel = (int)attribute.ConstructorArguments[2].Value!;
        var named = new Dictionary<string, TypedConstant>();
        foreach (var pair in attribute.NamedArguments) named[pair.Key] = pair.Value;

        int Int(string name, int fallback) => named.TryGetValue(name, out var value) && value.Value is int i ? i : fallback;
        int Axis(string name, int square) => Int(name, 0) is var value && value != 0 ? value : square;

        var stride = Int("Stride", 1);
        var padding = Int("Padding", 0);
        var dilation = Int("Dilation", 1);
        var mode = named.TryGetValue("PaddingMode", out var m) && m.Value is int modeValue ? (PaddingMode)modeValue : PaddingMode.Zeros;
        var bias = !named.TryGetValue("Bias", out var b) || b.Value is not bool hasBias || hasBias;
        return new LayerShape(
            inChannels, outChannels,
            Axis("KernelHeight", kernel), Axis("KernelWidth", kernel),
            Int("InputHeight", 0), Int("InputWidth", 0),
            Axis("StrideHeight", stride), Axis("StrideWidth", stride),
            Axis("PaddingHeight", padding), Axis("PaddingWidth", padding),
            Axis("DilationHeight", dilation), Axis("DilationWidth", dilation),
            Int("Groups", 1), bias, mode);
    }
}
