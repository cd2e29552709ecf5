using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Conv.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conv.Generators.CodeFixes;

/// <summary>Rewrites named arguments of a layer type's <c>[Conv2d]</c> (or <c>[BatchNorm2d]</c>), wherever in the solution it is declared.</summary>
internal static class AttributeEdits
{
    /// <summary>Replaces the named arguments in <paramref name="remove"/> by <paramref name="set"/> (name, value) on <paramref name="layer"/>'s <c>[Conv2d]</c>.</summary>
    public static async Task<Solution> SetAsync(Solution solution, INamedTypeSymbol layer, IReadOnlyCollection<string> remove,
        IReadOnlyList<(string Name, int Value)> set, CancellationToken cancellationToken)
    {
        var attribute = layer.GetAttributes().FirstOrDefault(a => LayerAttributes.KindOf(a) is Conv.Generators.Model.LayerKind.Conv2d or Conv.Generators.Model.LayerKind.BatchNorm2d);
        if (attribute?.ApplicationSyntaxReference is null) return solution;
        var syntax = (AttributeSyntax)await attribute.ApplicationSyntaxReference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
        var document = solution.GetDocument(syntax.SyntaxTree);
        if (document is null) return solution;

        // A value already stated keeps its place; a new one goes before the first named argument that follows it
        // in the attribute's usual order, or last.
        var values = set.ToDictionary(p => p.Name, p => p.Value);
        var kept = new List<AttributeArgumentSyntax>();
        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            var name = argument.NameEquals?.Name.Identifier.ValueText;
            if (name is not null && values.TryGetValue(name, out var value))
            {
                kept.Add(argument.WithExpression(Number(value)));
                values.Remove(name);
            }
            else if (name is null || !remove.Contains(name))
            {
                kept.Add(argument);
            }
        }

        foreach (var pair in set.Where(p => values.ContainsKey(p.Name)))
        {
            var at = kept.FindIndex(a => a.NameEquals is not null && Order(a.NameEquals.Name.Identifier.ValueText) > Order(pair.Name));
            kept.Insert(at < 0 ? kept.Count : at, SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(pair.Name)), null, Number(pair.Value)));
        }

        var rewritten = syntax.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(kept)));

        var root = await syntax.SyntaxTree.GetRootAsync(cancellationToken).ConfigureAwait(false);
        return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(syntax, rewritten.WithTriviaFrom(syntax)));
    }

    private static readonly string[] UsualOrder = { "Stride", "StrideHeight", "StrideWidth", "Padding", "PaddingHeight", "PaddingWidth", "InputHeight", "InputWidth" };

    private static int Order(string name) => System.Array.IndexOf(UsualOrder, name) is var i && i >= 0 ? i : UsualOrder.Length;

    private static LiteralExpressionSyntax Number(int value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

    /// <summary>The arguments that state padding the way a person would: one <c>Padding</c>, two per-axis values, or none.</summary>
    public static IReadOnlyList<(string Name, int Value)> Padding(int height, int width) =>
        height == width
            ? height == 0 ? new (string, int)[0] : new[] { ("Padding", height) }
            : new[] { ("PaddingHeight", height), ("PaddingWidth", width) };

    public static readonly string[] PaddingNames = { "Padding", "PaddingHeight", "PaddingWidth" };
    public static readonly string[] InputSizeNames = { "InputHeight", "InputWidth" };
}
