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
/// Checks layer declarations: partial and non-generic (CONV001), a possible geometry (CONV002), layers that fit
/// (CONV003, CONV004, CONV007), composites that are exact (CONV005) and cheaper than their layers (CONV008), chains
/// and branches that are linear (CONV009), and branches that fit one conv (CONV010).
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
        DiagnosticDescriptors.CompositeTooDeep, DiagnosticDescriptors.LanguageVersion, DiagnosticDescriptors.NotABranch,
        DiagnosticDescriptors.TooFewBranches, DiagnosticDescriptors.IdentityInChain, DiagnosticDescriptors.NonLinearMember,
        DiagnosticDescriptors.NonLinearBranch, DiagnosticDescriptors.BranchMismatch, DiagnosticDescriptors.OnlyIdentityBranches,
        DiagnosticDescriptors.CostlierBranches);

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
            switch (LayerAttributes.KindOf(attribute))
            {
                case LayerKind.Conv2d:
                    CheckConv2d(context, type, attribute);
                    break;
                case LayerKind.BatchNorm2d:
                    CheckBatchNorm2d(context, type, attribute);
                    break;
                default:
                    CheckMembers(context, type, attribute, LayerAttributes.KindOf(attribute)!.Value);
                    break;
            }
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
        CheckShape(context, type, attribute, shape);
    }

    private static void CheckBatchNorm2d(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute)
    {
        var shape = LayerReader.ReadBatchNorm2d(attribute, out _);
        if (shape is null) return;
        CheckShape(context, type, attribute, shape);
        if (LayerReader.EpsProblem(attribute) is { } eps)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ImpossibleGeometry, AttributeArguments.ForParameter(attribute, "eps"), type.Name, eps));
    }

    // The geometry's problems (a BatchNorm2d's as the depthwise 1x1 conv it is, whose only free numbers are its channels and
    // size) and the activation's, each on the argument at fault.
    private static void CheckShape(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute, LayerShape shape)
    {
        var named = attribute.NamedArguments.Select(a => a.Key).ToImmutableHashSet();
        var missing = new HashSet<string>();
        foreach (var size in new[] { "InputHeight", "InputWidth" })
        {
            if (named.Contains(size)) continue;
            missing.Add(char.ToLowerInvariant(size[0]) + size.Substring(1));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingInputSize, AttributeArguments.Find(attribute, -1),
                type.Name, size, size == "InputHeight" ? "rows" : "columns"));
        }

        var batchNorm = LayerAttributes.KindOf(attribute) == LayerKind.BatchNorm2d;
        var channelsReported = false;
        foreach (var problem in shape.Problems())
        {
            if (missing.Contains(problem.Parameter)) continue;
            // A BatchNorm2d's channels are its in and out channels and its groups at once: one report.
            var parameter = batchNorm && problem.Parameter is "inChannels" or "outChannels" or "groups" ? "channels" : problem.Parameter;
            if (parameter == "channels" && channelsReported) continue;
            channelsReported |= parameter == "channels";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ImpossibleGeometry,
                AttributeArguments.ForParameter(attribute, parameter), type.Name, batchNorm ? problem.Message.Replace("inChannels", "channels") : problem.Message));
        }

        if (LayerReader.ActivationProblem(attribute) is { } activation)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ImpossibleGeometry, AttributeArguments.Find(attribute, -1), type.Name, activation));
    }

    // [Composite], [Sum] and [Concat]: every member a layer (or the identity, in branches), then the structure's rules.
    private static void CheckMembers(SymbolAnalysisContext context, INamedTypeSymbol type, AttributeData attribute, LayerKind kind)
    {
        if (attribute.ConstructorArguments.Length != 1) return; // does not bind: the compiler reports it
        var chain = kind == LayerKind.Composite;
        var members = LayerResolver.Members(attribute);
        if (members is null || members.Count < 2)
        {
            var count = members?.Count ?? 0;
            var listed = members is null ? "null" : $"{DiagnosticDescriptors.Invariant(count)} {(chain ? "layer type" : "branch")}{(count == 1 ? "" : chain ? "s" : "es")}";
            context.ReportDiagnostic(chain
                ? Diagnostic.Create(DiagnosticDescriptors.TooFewLayers, AttributeArguments.Find(attribute, -1), type.Name, listed)
                : Diagnostic.Create(DiagnosticDescriptors.TooFewBranches, AttributeArguments.Find(attribute, -1), type.Name, listed, LayerAttributes.Written(kind)));
            return;
        }

        var resolutions = new LayerResolver(context.CancellationToken).ResolveMembersOf(type, members);
        var complete = true;
        var reported = new HashSet<ISymbol?>(SymbolEqualityComparer.Default);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var resolution = resolutions[i];
            if (resolution.FitsIn(kind)) continue;
            var identityInChain = resolution.Kind == LayerKind.Identity;

            complete = false;
            if (member is not null && !reported.Add(member)) continue; // one diagnostic per member type, however often it is named
            var argument = AttributeArguments.LayerArgument(attribute, i);
            // A layer type with a problem of its own reports it on its own declaration.
            if (identityInChain)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.IdentityInChain, argument, type.Name));
            else if (resolution.Status == MemberStatus.NotALayer)
                context.ReportDiagnostic(Diagnostic.Create(chain ? DiagnosticDescriptors.NotALayer : DiagnosticDescriptors.NotABranch, argument,
                    type.Name, member?.ToDisplayString() ?? "an unknown type"));
            else if (resolution.Status == MemberStatus.Cycle)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CompositeCycle, argument, type.Name, member!.Name, resolution.Detail));
            else if (resolution.Status == MemberStatus.TooDeep)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CompositeTooDeep, argument,
                    type.Name, member!.Name, DiagnosticDescriptors.Invariant(LayerResolver.MaxDepth)));
        }

        if (!complete) return;

        var structure = LayerResolver.Combine(type, attribute, kind, members, resolutions);
        foreach (var problem in structure.Problems)
        {
            var at = problem.MemberIndex >= 0 ? AttributeArguments.LayerArgument(attribute, problem.MemberIndex) : AttributeArguments.Find(attribute, -1);
            context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, at, problem.Arguments));
        }

        if (structure.Problems.Count > 0) return;

        var location = AttributeArguments.Find(attribute, -1);
        var names = members.Select(m => m!.Name).ToList();
        if (structure.Composition is { } composition)
        {
            if (!composition.IsExact)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotExact, location, ExactnessMessage.Arguments(type.Name, names, composition, resolutions)));
            if (composition.CompositeMultiplyAdds > composition.SequenceMultiplyAdds)
                ReportCost(context, DiagnosticDescriptors.CostlierComposite, location, type.Name, composition.Geometry, composition.CompositeMultiplyAdds,
                    string.Join(" then ", names), composition.SequenceMultiplyAdds);
        }

        if (structure.Merge is { } merge)
        {
            // An identity branch costs an addition, not a multiply-add.
            long branches = 0;
            for (var i = 0; i < resolutions.Count; i++)
                if (resolutions[i].Kind != LayerKind.Identity) branches += merge.Branches[i].MultiplyAdds;
            if (merge.MergedMultiplyAdds > branches)
                ReportCost(context, DiagnosticDescriptors.CostlierBranches, location, type.Name, merge.Geometry, merge.MergedMultiplyAdds,
                    string.Join(", ", names), branches);
        }
    }

    private static void ReportCost(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, Location location, string name, Conv2dGeometry g,
        long merged, string what, long separate)
    {
        var positions = (double)g.OutputHeight * g.OutputWidth;
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location,
            name, DiagnosticDescriptors.Invariant(merged / positions, "0.#"), what, DiagnosticDescriptors.Invariant(separate / positions, "0.#"),
            DiagnosticDescriptors.Invariant(merged), DiagnosticDescriptors.Invariant(separate)));
    }
}
