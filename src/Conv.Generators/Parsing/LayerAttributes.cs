using System.Collections.Generic;
using System.Linq;
using Conv.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Conv.Generators.Parsing;

/// <summary>Which attributes make a type a layer: the one place that compares attribute names.</summary>
internal static class LayerAttributes
{
    public const string Conv2d = "Conv.Conv2dAttribute";
    public const string Composite = "Conv.CompositeAttribute";
    public const string BatchNorm2d = "Conv.BatchNorm2dAttribute";
    public const string Sum = "Conv.SumAttribute";
    public const string Concat = "Conv.ConcatAttribute";

    /// <summary>Every layer attribute, with the kind of layer it declares.</summary>
    public static readonly IReadOnlyList<(string Name, LayerKind Kind)> All = new[]
    {
        (Conv2d, LayerKind.Conv2d), (Composite, LayerKind.Composite), (BatchNorm2d, LayerKind.BatchNorm2d), (Sum, LayerKind.Sum), (Concat, LayerKind.Concat),
    };

    public static bool IsLayer(AttributeData attribute) => KindOf(attribute) is not null;

    public static bool IsComposite(AttributeData attribute) => KindOf(attribute) == LayerKind.Composite;

    /// <summary>The kind of layer the attribute declares; null for any other attribute.</summary>
    public static LayerKind? KindOf(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { ContainingNamespace: { Name: "Conv", ContainingNamespace.IsGlobalNamespace: true } } type) return null;
        foreach (var (name, kind) in All)
            if (name.Length == type.Name.Length + 5 && name.EndsWith(type.Name, System.StringComparison.Ordinal))
                return kind;
        return null;
    }

    /// <summary>The attribute's name as a user writes it: [Conv2d], [Sum], ...</summary>
    public static string Written(LayerKind kind) => "[" + kind + "]";

    /// <summary>Whether <paramref name="type"/> is the <c>Conv.Identity</c> branch marker.</summary>
    public static bool IsIdentity(INamedTypeSymbol type) =>
        type is { Name: "Identity", ContainingType: null, ContainingNamespace: { Name: "Conv", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>The layer attributes of <paramref name="type"/>, over all its partial declarations, in source order.</summary>
    public static IReadOnlyList<AttributeData> Of(INamedTypeSymbol type) =>
        type.GetAttributes().Where(IsLayer).ToList();
}
