using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Conv.Generators.Emission;
using Conv.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conv.Generators.Parsing;

/// <summary>Turns a <c>[Conv2d]</c> or <c>[Composite]</c> declaration into a <see cref="LayerModel"/>, the only place that sees symbols.</summary>
internal static class LayerReader
{
    public static LayerModel Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var containing = new List<ContainingType>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            containing.Insert(0, new ContainingType(Keyword(outer), Names.Identifier(outer.Name)));

        var canGenerate = DeclarationRules.CanComplete(type, cancellationToken);
        var attribute = context.Attributes[0];
        var kind = LayerAttributes.KindOf(attribute) ?? LayerKind.Conv2d;
        LayerShape? shape = null;
        var members = ImmutableArray<CompositeMember>.Empty;
        var composeAccessibility = "public";
        var activation = ActivationModel.None;
        var eps = 1e-5;
        Region? exact = null;
        if (kind is LayerKind.Composite or LayerKind.Sum or LayerKind.Concat)
        {
            var types = LayerResolver.Members(attribute);
            if (types is not null && types.Count >= 2 && types.All(t => t is not null))
            {
                var resolutions = new LayerResolver(cancellationToken).ResolveMembersOf(type, types);
                if (resolutions.All(r => r.FitsIn(kind)))
                {
                    var structure = LayerResolver.Combine(type, attribute, kind, types, resolutions);
                    if (structure.Problems.Count == 0)
                    {
                        members = types.Select((t, i) => new CompositeMember(t!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), t.Name,
                            LayerShape.From(structure.Members[i]), resolutions[i].Kind, DeclaredName(t))).ToImmutableArray();
                        shape = structure.Shape;
                        activation = structure.Activation;
                        if (kind != LayerKind.Composite) exact = structure.Exact;
                        composeAccessibility = ComposeAccessibility(type, types.Where(t => !LayerAttributes.IsIdentity(t!)));
                    }
                }
            }
        }
        else
        {
            shape = ReadValidLeaf(attribute, kind, out eps);
            activation = ReadActivation(attribute);
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace ? "" : type.ContainingNamespace.ToDisplayString();
        return new LayerModel(ns, Names.Identifier(type.Name), HintName(type), Keyword(type), type.TypeKind == TypeKind.Struct,
            containing.ToEquatableArray(), shape, members.ToEquatableArray(), composeAccessibility, canGenerate && shape is not null,
            ShortNamesAreFree(context, type), kind, activation, eps, exact, ReadName(attribute),
            HasLoad(type, new Dictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default)));
    }

    // The generated code names these without type arguments, so a generic type of the name (Vector256<T> beside the
    // static Vector256) does not hide the alias; in the global namespace any definition of the name clashes with it.
    private static bool Clashes(ISymbol symbol, INamedTypeSymbol? same) =>
        !SymbolEqualityComparer.Default.Equals(symbol, same)
        && (symbol is not INamedTypeSymbol { Arity: > 0 } generic || generic.ContainingNamespace.IsGlobalNamespace);

    // An alias clashes with a type or namespace of its name in scope at the declaration (a different one; the same type
    // through the user's own using is harmless), and is hidden by a member of its name in the layer type, the types
    // containing it, or their base types.
    private static bool ShortNamesAreFree(GeneratorAttributeSyntaxContext context, INamedTypeSymbol type)
    {
        var compilation = context.SemanticModel.Compilation;
        foreach (var (name, metadataName) in ShortNames.Lookups)
        {
            var same = metadataName is null ? null : compilation.GetTypeByMetadataName(metadataName);
            if (context.SemanticModel.LookupNamespacesAndTypes(context.TargetNode.SpanStart, name: name).Any(s => Clashes(s, same)))
                return false;
            for (var t = type; t is not null; t = t.ContainingType)
            for (var b = t; b is not null; b = b.BaseType)
                if (!b.GetMembers(name).IsEmpty) return false;
        }

        return true;
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (_, TypeKind.Struct) => "struct",
        (_, TypeKind.Interface) => "interface",
        _ => "class",
    };

    /// <summary>
    /// The generated file's name: namespaces and types by their plain names (no '@'), nested types after '+'. Hint
    /// names are compared ignoring case, so a path with a sibling that differs only in case gets a hash of the exact path.
    /// </summary>
    private static string HintName(INamedTypeSymbol type)
    {
        var segments = new List<string>();
        var caseClash = false;
        ISymbol symbol = type;
        for (; symbol is INamedTypeSymbol t; symbol = (ISymbol?)t.ContainingType ?? t.ContainingNamespace)
        {
            segments.Insert(0, (t.ContainingType is null ? "." : "+") + t.Name);
            var siblings = t.ContainingType?.GetTypeMembers() ?? t.ContainingNamespace.GetTypeMembers();
            caseClash |= siblings.Any(s => s.Name != t.Name && string.Equals(s.Name, t.Name, System.StringComparison.OrdinalIgnoreCase));
        }

        for (var ns = symbol as INamespaceSymbol; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            segments.Insert(0, "." + ns.Name);
            caseClash |= ns.ContainingNamespace.GetNamespaceMembers().Any(s => s.Name != ns.Name && string.Equals(s.Name, ns.Name, System.StringComparison.OrdinalIgnoreCase));
        }

        var path = string.Concat(segments).Substring(1);
        return caseClash ? $"{path}.{Fnv(path):x8}.g.cs" : path + ".g.cs";
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261;
        foreach (var c in text) hash = (hash ^ c) * 16777619;
        return hash;
    }

    // Compose takes the member types as parameters, so it can be no more accessible than the least accessible of them.
    private static string ComposeAccessibility(INamedTypeSymbol composite, IEnumerable<INamedTypeSymbol?> members)
    {
        var own = Effective(composite);
        var lowest = members.Select(m => Effective(m!)).Min();
        if (lowest >= own) return "public";
        return lowest >= Accessibility.Internal ? "internal" : "private";
    }

    // Protected ranks below internal here: the fallback is then private, which compiles wherever the member type is visible.
    private static Accessibility Effective(INamedTypeSymbol type)
    {
        var result = Accessibility.Public;
        for (var t = type; t is not null; t = t.ContainingType)
        {
            var a = t.DeclaredAccessibility == Accessibility.Protected ? Accessibility.ProtectedAndInternal : t.DeclaredAccessibility;
            if (a < result) result = a;
        }

        return result;
    }

    /// <summary>Reads a <c>[Conv2d]</c> attribute, resolving per-axis values (0 means the square value); null when it does not bind.</summary>
    public static LayerShape? ReadConv2d(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 3) return null;
        if (attribute.ConstructorArguments.Any(a => a.Value is not int)) return null;
        var inChannels = (int)attribute.ConstructorArguments[0].Value!;
        var outChannels = (int)attribute.ConstructorArguments[1].Value!;
        var kernel = (int)attribute.ConstructorArguments[2].Value!;
        var named = Named(attribute);

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

    /// <summary>
    /// A <c>[Conv2d]</c> or <c>[BatchNorm2d]</c> the generator can complete: its shape when the geometry, the activation
    /// and (for a BatchNorm2d) Eps are all possible; null otherwise (the analyzer says why).
    /// </summary>
    public static LayerShape? ReadValidLeaf(AttributeData attribute, LayerKind kind, out double eps)
    {
        eps = 1e-5;
        var shape = kind == LayerKind.Conv2d ? ReadConv2d(attribute) : ReadBatchNorm2d(attribute, out eps);
        return shape is null || shape.Problems().Count > 0 || ActivationProblem(attribute) is not null
               || (kind == LayerKind.BatchNorm2d && EpsProblem(attribute) is not null)
            ? null
            : shape;
    }

    private static Dictionary<string, TypedConstant> Named(AttributeData attribute)
    {
        var named = new Dictionary<string, TypedConstant>();
        foreach (var pair in attribute.NamedArguments) named[pair.Key] = pair.Value;
        return named;
    }

    /// <summary>The activation an attribute declares (Activation, NegativeSlope).</summary>
    public static ActivationModel ReadActivation(AttributeData attribute)
    {
        var named = Named(attribute);
        var kind = named.TryGetValue("Activation", out var a) && a.Value is int value ? (Activation)value : Activation.None;
        var slope = named.TryGetValue("NegativeSlope", out var s) && s.Value is float f ? f : 0.01f;
        return kind == Activation.None ? ActivationModel.None : new ActivationModel(kind, kind == Activation.LeakyRelu ? slope : 0.01f);
    }

    /// <summary>Why the attribute's activation cannot be generated (an undefined value, a slope that is not a finite number); null when it can.</summary>
    public static string? ActivationProblem(AttributeData attribute)
    {
        var named = Named(attribute);
        if (named.TryGetValue("Activation", out var a) && a.Value is int value && !System.Enum.IsDefined(typeof(Activation), value))
            return $"Activation {value} is not one of None, Relu, Relu6, LeakyRelu";
        if (named.TryGetValue("NegativeSlope", out var s) && s.Value is float f && (float.IsNaN(f) || float.IsInfinity(f)))
            return $"NegativeSlope must be a finite number, not {f.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return null;
    }

    /// <summary>Reads a <c>[BatchNorm2d]</c> attribute as the depthwise 1x1 conv with a bias it folds to; null when it does not bind.</summary>
    public static LayerShape? ReadBatchNorm2d(AttributeData attribute, out double eps)
    {
        var named = Named(attribute);
        eps = named.TryGetValue("Eps", out var e) && e.Value is double d ? d : 1e-5;
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int channels) return null;
        int Int(string name) => named.TryGetValue(name, out var value) && value.Value is int i ? i : 0;
        return new LayerShape(channels, channels, 1, 1, Int("InputHeight"), Int("InputWidth"), 1, 1, 0, 0, 1, 1, channels, true, PaddingMode.Zeros);
    }

    /// <summary>Why a <c>[BatchNorm2d]</c>'s Eps cannot be used (negative or not a finite number); null when it can.</summary>
    public static string? EpsProblem(AttributeData attribute)
    {
        var named = Named(attribute);
        if (!named.TryGetValue("Eps", out var e) || e.Value is not double eps) return null;
        return eps >= 0 && !double.IsInfinity(eps)
            ? null
            : $"Eps must be a finite number of at least 0, not {eps.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The <c>Name</c> an attribute states (a state_dict module name); null when it states none.</summary>
    public static string? ReadName(AttributeData attribute)
    {
        foreach (var pair in attribute.NamedArguments)
            if (pair.Key == "Name" && pair.Value.Value is string name) return name;
        return null;
    }

    // A member's own Name, when it is a [Conv2d] or [BatchNorm2d] that states one.
    // Whether the generator writes Load on a layer type: not on an abstract one (it cannot be created), nor on a
    // composite, sum or concat with such a member, whose Load would call the member's. Each type is walked once; a
    // cycle (which member resolution rules out before any code is written) reads as no Load.
    private static bool HasLoad(INamedTypeSymbol type, Dictionary<INamedTypeSymbol, bool> known)
    {
        if (known.TryGetValue(type, out var has)) return has;
        known[type] = false;
        has = LayerAttributes.IsIdentity(type) || !type.IsAbstract && (LayerAttributes.Of(type).FirstOrDefault() is not { } attribute
            || LayerAttributes.KindOf(attribute) is LayerKind.Conv2d or LayerKind.BatchNorm2d
            || LayerResolver.Members(attribute) is { } types && types.All(t => t is not null && HasLoad(t, known)));
        return known[type] = has;
    }

    private static string? DeclaredName(INamedTypeSymbol member)
    {
        var attributes = LayerAttributes.Of(member);
        return attributes.Count > 0 && LayerAttributes.KindOf(attributes[0]) is LayerKind.Conv2d or LayerKind.BatchNorm2d ? ReadName(attributes[0]) : null;
    }
}
