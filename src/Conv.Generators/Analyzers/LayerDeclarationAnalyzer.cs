using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Conv.Generators.Diagnostics;
using Conv.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Conv.Generators.Model;
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
        DiagnosticDescriptors.NotPartial, DiagnosticDescriptors.Generic, DiagnosticDescriptors.ContainerNotPartial,
        DiagnosticDescriptors.ContainerGeneric, DiagnosticDescriptors.ImpossibleGeometry, DiagnosticDescriptors.MissingInputSize,
        DiagnosticDescriptors.ChannelMismatch, DiagnosticDescriptors.SizeMismatch, DiagnosticDescriptors.NotExact,
        DiagnosticDescriptors.NotALayer, DiagnosticDescriptors.TooFewLayers, DiagnosticDescriptors.CostlierComposite,
        DiagnosticDescriptors.LayerDeclaredTwice, DiagnosticDescriptors.CannotComplete, DiagnosticDescriptors.CompositeCycle,
        DiagnosticDescriptors.CompositeTooDeep, DiagnosticDescriptors.LanguageVersion);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var conv2d = start.Compilation.GetTypeByMetadataName(LayerAttributes.Conv2d);
            var composite = start.Compilation.GetTypeByMetadataName(LayerAttributes.Composite);
            if (conv2d is null || composite is null) return;
            var language = start.Compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
            start.RegisterSymbolAction(symbol => Analyze(symbol, language), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, LanguageVersion language)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        CheckContainsLayers(context, type);
        var attributes = LayerAttributes.Of(type);
        if (attributes.Count == 0) return;
        CheckPartial(context, type);
        if (DeclarationRules.IsPartialAndNotGeneric(type, context.CancellationToken))
        {
            foreach (var problem in DeclarationRules.Problems(type, context.CancellationToken))
                context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, problem.Location, problem.Arguments));
        }

        if (language < TargetCapabilities.MinimumLanguageVersion)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersion, AttributeArguments.Find(attributes[0], -1),
                type.Name, language.ToDisplayString()));

        foreach (var attribute in attributes)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (LayerAttributes.IsComposite(attribute)) CheckComposite(context, type, attribute);
            else CheckConv2d(context, type, attribute);
        }
    }

    private static void CheckPartial(SymbolAnalysisContext context, INamedTypeSymbol type) =>
        CheckDeclarations(context, type, DiagnosticDescriptors.NotPartial, DiagnosticDescriptors.Generic, type.Name);

    // Reported on the containing type itself, so that the diagnostic (and its fix) belongs to that declaration.
    private static void CheckContainsLayers(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        if (NestedLayer(type) is not { } layer) return;
        CheckDeclarations(context, type, DiagnosticDescriptors.ContainerNotPartial, DiagnosticDescriptors.ContainerGeneric, type.Name, layer.Name);
    }

    private static void CheckDeclarations(SymbolAnalysisContext context, INamedTypeSymbol type, DiagnosticDescriptor notPartial, DiagnosticDescriptor generic,
        params object[] arguments)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is not TypeDeclarationSyntax declaration) continue;
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                context.ReportDiagnostic(Diagnostic.Create(notPartial, declaration.Identifier.GetLocation(), arguments));
            if (type.TypeParameters.Length > 0)
                context.ReportDiagnostic(Diagnostic.Create(generic, declaration.Identifier.GetLocation(), arguments));
        }
    }

    private static INamedTypeSymbol? NestedLayer(INamedTypeSymbol type)
    {
        foreach (var nested in type.GetTypeMembers())
        {
            if (LayerAttributes.Of(nested).Count > 0) return nested;
            if (NestedLayer(nested) is { } deeper) return deeper;
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
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingInputSize, AttributeArguments.Find(attribute, -1),
                type.Name, size, size == "InputHeight" ? "rows" : "columns"));
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
        if (attribute.ConstructorArguments.Length != 1) return; // does not bind: the compiler reports it
        var members = LayerResolver.Members(attribute);
        if (members is null || members.Count < 2)
        {
            var count = members?.Count ?? 0;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TooFewLayers, AttributeArguments.Find(attribute, -1),
                type.Name, members is null ? "null" : $"{DiagnosticDescriptors.Invariant(count)} layer type{(count == 1 ? "" : "s")}"));
            return;
        }

        var resolutions = new LayerResolver(context.CancellationToken).ResolveMembersOf(type, members);
        var geometries = new List<Conv2dGeometry>();
        var names = new List<string>();
        var complete = true;
        var reported = new HashSet<ISymbol?>(SymbolEqualityComparer.Default);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var resolution = resolutions[i];
            if (resolution.Status == MemberStatus.Layer)
            {
                geometries.Add(resolution.Shape!.ToGeometry());
                names.Add(member!.Name);
                continue;
            }

            complete = false;
            if (member is not null && !reported.Add(member)) continue; // one diagnostic per member type, however often it is named
            var argument = AttributeArguments.LayerArgument(attribute, i);
            // A layer type with a problem of its own reports it on its own declaration.
            if (resolution.Status == MemberStatus.NotALayer)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotALayer, argument, type.Name, member?.ToDisplayString() ?? "an unknown type"));
            else if (resolution.Status == MemberStatus.Cycle)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CompositeCycle, argument, type.Name, member!.Name, resolution.Detail));
            else if (resolution.Status == MemberStatus.TooDeep)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CompositeTooDeep, argument,
                    type.Name, member!.Name, DiagnosticDescriptors.Invariant(LayerResolver.MaxDepth)));
        }

        if (!complete) return;

        var problems = KernelComposition.CheckChain(geometries, names);
        foreach (var problem in problems)
        {
            var (next, previous) = (geometries[problem.LayerIndex], geometries[problem.LayerIndex - 1]);
            var (nextName, previousName) = (names[problem.LayerIndex], names[problem.LayerIndex - 1]);
            var at = AttributeArguments.LayerArgument(attribute, problem.LayerIndex);
            context.ReportDiagnostic(problem.Kind == CompositionProblemKind.Channels
                ? Diagnostic.Create(DiagnosticDescriptors.ChannelMismatch, at,
                    nextName, DiagnosticDescriptors.Invariant(next.InChannels), previousName, DiagnosticDescriptors.Invariant(previous.OutChannels))
                : Diagnostic.Create(DiagnosticDescriptors.SizeMismatch, at,
                    nextName, DiagnosticDescriptors.Invariant(next.InputHeight), DiagnosticDescriptors.Invariant(next.InputWidth),
                    previousName, DiagnosticDescriptors.Invariant(previous.OutputHeight), DiagnosticDescriptors.Invariant(previous.OutputWidth)));
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
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotExact, location, ExactnessMessage.Arguments(type.Name, names, composition)));

        if (composition.CompositeMultiplyAdds > composition.SequenceMultiplyAdds)
        {
            var positions = (double)composition.Geometry.OutputHeight * composition.Geometry.OutputWidth;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CostlierComposite, location,
                type.Name, DiagnosticDescriptors.Invariant(composition.CompositeMultiplyAdds / positions, "0.#"), string.Join(" then ", names),
                DiagnosticDescriptors.Invariant(composition.SequenceMultiplyAdds / positions, "0.#"),
                DiagnosticDescriptors.Invariant(composition.CompositeMultiplyAdds), DiagnosticDescriptors.Invariant(composition.SequenceMultiplyAdds)));
        }
    }
}
