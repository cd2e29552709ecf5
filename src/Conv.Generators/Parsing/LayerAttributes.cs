using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Conv.Generators.Parsing;

/// <summary>Which attributes make a type a layer: the one place that compares attribute names.</summary>
internal static class LayerAttributes
{
    public const string Conv2d = "Conv.Conv2dAttribute";
    public const string Composite = "Conv.CompositeAttribute";

    public static bool IsLayer(AttributeData attribute) => Name(attribute) is Conv2d or Composite;

    public static bool IsComposite(AttributeData attribute) => Name(attribute) == Composite;

    /// <summary>The layer attributes of <paramref name="type"/>, over all its partial declarations, in source order.</summary>
    public static IReadOnlyList<AttributeData> Of(INamedTypeSymbol type) =>
        type.GetAttributes().Where(IsLayer).ToList();

    private static string? Name(AttributeData attribute) =>
        attribute.AttributeClass is { Name: "Conv2dAttribute" or "CompositeAttribute", ContainingNamespace: { Name: "Conv", ContainingNamespace.IsGlobalNamespace: true } } type
            ? "Conv." + type.Name
            : null;
}
