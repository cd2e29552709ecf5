using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Conv.Generators.Diagnostics;
using Conv.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Conv.Generators.Analyzers;

/// <summary>
/// Checks <c>[Conv2d]</c> and <c>[Composite]</c> declarations: partial and non-generic (CONV001), a possible
/// geometry (CONV002), layers that fit (CONV003, CONV004, CONV007), and composites that are exact (CONV005)
/// and cheaper than their layers (CONV008).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LayerDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotPartial, DiagnosticDescriptors.ImpossibleGeometry, DiagnosticDescriptors.ChannelMismatch,
        DiagnosticDescriptors.SizeMismatch, DiagnosticDescriptors.NotExact, DiagnosticDescriptors.NotALayer,
        DiagnosticDescriptors.CostlierComposite);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var conv2d = start.Compilation.GetTypeByMetadataName(LayerReader.Conv2dAttributeName);
            var composite = start.Compilation.GetTypeByMetadataName(LayerReader.CompositeAttributeName);
            if (conv2d is null || composite is null) return;
            start.RegisterSymbolAction(symbol => Analyze(symbol, conv2d, composite), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol conv2d, INamedTypeSymbol composite)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        CheckContainsLayers(context, type, conv2d, composite);
        foreach (var attribute in type.GetAttributes())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, conv2d))
            {
                CheckPartial(context, type);
                CheckConv2d(context, type, attribute);
            }
            else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, composite))
            {
                CheckPartial(context, type);
                CheckComposite(context, type, attribute);
            }
        }
    }

    private static void CheckPartial(SymbolAnalysisContext context, INamedTypeSymbol type) =>
        CheckDeclarations(context, type, $"{type.Name} must be partial so that the generator can add its layer code",
            $"{type.Name} must not be generic: a layer's shape is fixed at compile time");

    // Reported on the containing type itself, so that the diagnostic (and its fix) belongs to that declaration.
    private static void CheckContainsLayers(SymbolAnalysisContext context, INamedTypeSymbol type, INamedTypeSymbol conv2d, INamedTypeSymbol composite)
    {
        if (NestedLayer(type, conv2d, composite) is not { } layer) return;
        CheckDeclarations(context, type, $"{type.Name}, which contains {layer.Name}, must be partial so that the generator can add {layer.Name}'s layer code",
            $"{type.Name}, which contains {layer.Name}, must not be generic: a layer's shape is fixed at compile time");
    }

    private static void CheckDeclarations(SymbolAnalysisContext context, INamedTypeSymbol type, string notPartial, string generic)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is not TypeDeclarationSyntax declaration) continue;
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPartial, declaration.Identifier.GetLocation(), notPartial));
            if (type.TypeParameters.Length > 0)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPartial, declaration.Identifier.GetLocation(), generic));
        }
    }

    private static INamedTypeSymbol? NestedLayer(INamedTypeSymbol type, INamedTypeSymbol conv2d, INamedTypeSymbol composite)
    {
        foreach (var nested in type.GetTypeMembers())
        {
            if (nested.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, conv2d) || SymbolEqualityComparer.Default.Equals(a.AttributeClass, composite)))
                return nested;
            if (NestedLayer(nested, conv2d, composite) is { } deeper) return deeper;
        }

        return null;
    }

    private static void CheckConv2d(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute)
    {
        var shape = LayerReader.ReadConv2d(attribute);
        if (shape is null) return; // does not bind: the compiler reports it
        var named = attribute.NamedArguments.Select(a => a.Key).ToImmutableHashSet();
        var missing = new HashSet<string>();
        foreach (var size in new[] { "InputHeight", "InputWidth" })
        {
            if (named.Contains(size)) continue;
            missing.Add(char.ToLowerInvariant(size[0]) + size.Substring(1));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ImpossibleGeometry, AttributeArguments.Find(attribute, -1),
                type.Name, $"{size} is required (shapes are fixed at compile time): add {size} = <input {(size == "InputHeight" ? "rows" : "columns")}>"));
        }

        foreach (var problem in shape.Problems())
        {
            if (missing.Contains(problem.Parameter)) continue;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ImpossibleGeometry,
                AttributeArguments.ForParameter(attribute, problem.Parameter), type.Name, problem.Message));
        }
    }

    private static void CheckComposite(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind != TypedConstantKind.Array) return;
        var arguments = attribute.ConstructorArguments[0].Values;
        if (arguments.Length < 2)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotALayer, AttributeArguments.Find(attribute, -1),
                $"{type.Name} composes {arguments.Length} layer type{(arguments.Length == 1 ? "" : "s")}, but a composite needs two or more"));
            return;
        }

        var geometries = new List<Conv2dGeometry>();
        var names = new List<string>();
        var complete = true;
        for (var i = 0; i < arguments.Length; i++)
        {
            var member = arguments[i].Value as INamedTypeSymbol;
            var shape = member is null ? null : LayerReader.ShapeOf(member, 0);
            if (shape is not null)
            {
                geometries.Add(shape.ToGeometry());
                names.Add(member!.Name);
                continue;
            }

            complete = false;
            // A layer type with a broken geometry reports that itself; only a type that is no layer at all is reported here.
            if (member is null || !member.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() is LayerReader.Conv2dAttributeName or LayerReader.CompositeAttributeName))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotALayer, AttributeArguments.LayerArgument(attribute, i),
                    $"{type.Name} composes {member?.ToDisplayString() ?? "an unknown type"}, which is not a layer type: give it [Conv2d] or [Composite]"));
        }

        if (!complete) return;

        var problems = KernelComposition.CheckChain(geometries, names);
        foreach (var problem in problems)
        {
            var descriptor = problem.Kind == CompositionProblemKind.Channels ? DiagnosticDescriptors.ChannelMismatch : DiagnosticDescriptors.SizeMismatch;
            context.ReportDiagnostic(Diagnostic.Create(descriptor, AttributeArguments.LayerArgument(attribute, problem.LayerIndex), problem.Message));
        }

        if (problems.Count > 0) return;

        KernelComposition composition;
        try
        {
            composition = new KernelComposition(geometries);
        }
        catch (System.ArgumentException error)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ImpossibleGeometry, AttributeArguments.Find(attribute, -1), type.Name, error.Message));
            return;
        }

        var location = AttributeArguments.Find(attribute, -1);
        if (!composition.IsExact)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotExact, location, ExactnessMessage.For(type.Name, names, composition)));

        if (composition.CompositeMultiplyAdds > composition.SequenceMultiplyAdds)
        {
            var positions = (double)composition.Geometry.OutputHeight * composition.Geometry.OutputWidth;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CostlierComposite, location,
                $"{type.Name} costs {composition.CompositeMultiplyAdds / positions:0.#} multiply-adds per output position " +
                $"but running {string.Join(" then ", names)} costs {composition.SequenceMultiplyAdds / positions:0.#} " +
                $"({composition.CompositeMultiplyAdds} against {composition.SequenceMultiplyAdds} per batch item)"));
        }
    }
}
