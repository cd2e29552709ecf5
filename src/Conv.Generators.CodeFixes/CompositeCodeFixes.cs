using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Conv.Generators.Analyzers;
using Conv.Generators.Diagnostics;
using Conv.Generators.Model;
using Conv.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conv.Generators.CodeFixes;

/// <summary>
/// Fixes on a <c>[Composite]</c>: CONV003 swaps the order when the reversed order fits; CONV004 sets the next
/// layer's input size to the previous layer's output; CONV005 moves all padding to the first layer when that
/// gives the same composite and makes it exact.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CompositeCodeFixes)), Shared]
public sealed class CompositeCodeFixes : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds =>
        ImmutableArray.Create(DiagnosticIds.ChannelMismatch, DiagnosticIds.SizeMismatch, DiagnosticIds.NotExact);

    /// <inheritdoc />
    // Each fix edits the layers' declarations; the batch fixer merges the edits of many composites, leaving out any
    // two that would change the same text differently (a layer shared by composites that want it padded otherwise).
    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        var attribute = root.FindNode(context.Span).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault();
        if (attribute?.ArgumentList is null) return;
        var layers = attribute.ArgumentList.Arguments
            .Select(a => a.Expression is TypeOfExpressionSyntax t ? model.GetTypeInfo(t.Type, context.CancellationToken).Type as INamedTypeSymbol : null)
            .ToList();
        if (layers.Any(l => l is null)) return;
        var resolver = new LayerResolver(context.CancellationToken);
        var resolutions = layers.Select(l => resolver.Resolve(l!)).ToList();
        if (resolutions.Any(r => r.Status != MemberStatus.Layer)) return;
        var geometries = resolutions.Select(r => r.Shape!.ToGeometry()).ToList();

        foreach (var diagnostic in context.Diagnostics)
        {
            switch (diagnostic.Id)
            {
                case DiagnosticIds.ChannelMismatch:
                    RegisterSwap(context, diagnostic, attribute, layers!, geometries);
                    break;
                case DiagnosticIds.SizeMismatch:
                    RegisterInputSize(context, diagnostic, attribute, layers!, geometries);
                    break;
                case DiagnosticIds.NotExact:
                    RegisterFullPadding(context, diagnostic, layers!, geometries);
                    break;
            }
        }
    }

    private static void RegisterSwap(CodeFixContext context, Diagnostic diagnostic, AttributeSyntax attribute,
        IReadOnlyList<INamedTypeSymbol> layers, IReadOnlyList<Conv2dGeometry> geometries)
    {
        var reversed = geometries.Reverse().ToList();
        if (KernelComposition.CheckChain(reversed).Count > 0) return;
        var arguments = attribute.ArgumentList!.Arguments;
        var swapped = attribute.WithArgumentList(attribute.ArgumentList.WithArguments(
            Microsoft.CodeAnalysis.CSharp.SyntaxFactory.SeparatedList(arguments.Reverse().Select((a, i) => a.WithTriviaFrom(arguments[i])), arguments.GetSeparators())));
        context.RegisterCodeFix(
            CodeAction.Create($"Run {string.Join(" then ", layers.Reverse().Select(l => l.Name))} (the order that fits)", async cancellationToken =>
            {
                var root = await context.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                return context.Document.WithSyntaxRoot(root!.ReplaceNode(attribute, swapped));
            }, "SwapCompositeOrder"),
            diagnostic);
    }

    private static void RegisterInputSize(CodeFixContext context, Diagnostic diagnostic, AttributeSyntax attribute,
        IReadOnlyList<INamedTypeSymbol> layers, IReadOnlyList<Conv2dGeometry> geometries)
    {
        var index = attribute.ArgumentList!.Arguments.IndexOf(a => a.Span.Contains(diagnostic.Location.SourceSpan));
        if (index <= 0) return;
        var previous = geometries[index - 1];
        var next = layers[index];
        // Only a type that states its own input size ([Conv2d], [BatchNorm2d]) can have it set.
        if (!next.GetAttributes().Any(a => LayerAttributes.KindOf(a) is LayerKind.Conv2d or LayerKind.BatchNorm2d)) return;
        context.RegisterCodeFix(
            CodeAction.Create($"Set {next.Name}'s input size to {previous.OutputHeight}x{previous.OutputWidth}",
                cancellationToken => AttributeEdits.SetAsync(context.Document.Project.Solution, next, AttributeEdits.InputSizeNames,
                    new[] { ("InputHeight", previous.OutputHeight), ("InputWidth", previous.OutputWidth) }, cancellationToken),
                "SetInputSize"),
            diagnostic);
    }

    private static void RegisterFullPadding(CodeFixContext context, Diagnostic diagnostic, IReadOnlyList<INamedTypeSymbol> layers, IReadOnlyList<Conv2dGeometry> geometries)
    {
        // Only plain [Conv2d] layers can be rewritten; the variant must be valid and exact.
        if (layers.Any(l => !l.GetAttributes().Any(a => LayerAttributes.KindOf(a) == LayerKind.Conv2d))) return;
        var variant = ExactnessMessage.FullPaddingFirst(geometries);
        if (variant is null || !ExactnessMessage.IsExact(variant)) return;
        context.RegisterCodeFix(
            CodeAction.Create($"Pad {layers[0].Name} fully and the later layers not at all (exact, same composite)",
                cancellationToken => ApplyAsync(context.Document.Project.Solution, context.Document.Project.Id, layers, variant, cancellationToken),
                "PadFirstLayerFully"),
            diagnostic);
    }

    private static async Task<Solution> ApplyAsync(Solution solution, ProjectId project, IReadOnlyList<INamedTypeSymbol> layers, Conv2dGeometry[] variant, CancellationToken cancellationToken)
    {
        for (var i = 0; i < layers.Count; i++)
        {
            // Each edit makes a new solution: find the layer again in it by name.
            var compilation = await solution.GetProject(project)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var layer = compilation?.GetTypeByMetadataName(MetadataName(layers[i]));
            if (layer is null) return solution;
            var set = AttributeEdits.Padding(variant[i].PaddingHeight, variant[i].PaddingWidth).ToList();
            if (i > 0) set.AddRange(new[] { ("InputHeight", variant[i].InputHeight), ("InputWidth", variant[i].InputWidth) });
            solution = await AttributeEdits.SetAsync(solution, layer, AttributeEdits.PaddingNames, set, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType) name = outer.MetadataName + "+" + name;
        return type.ContainingNamespace.IsGlobalNamespace ? name : type.ContainingNamespace.ToDisplayString() + "." + name;
    }
}
