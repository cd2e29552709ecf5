using System.Linq;
using Conv.Generators.Emission;
using Conv.Generators.Model;
using Conv.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conv.Generators;

/// <summary>
/// Generates the layer code of <c>[Conv2d]</c> and <c>[Composite]</c> types. Declarations it cannot generate
/// (not partial, generic, impossible geometry, mismatched composite) are skipped; the analyzer reports them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ConvGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for caching tests.</summary>
    public static class Steps
    {
        /// <summary>The <c>[Conv2d]</c> declarations as models.</summary>
        public const string Conv2dLayers = nameof(Conv2dLayers);

        /// <summary>The <c>[Composite]</c> declarations as models.</summary>
        public const string CompositeLayers = nameof(CompositeLayers);

        /// <summary>What the consumer's target offers (Vector256).</summary>
        public const string Capabilities = nameof(Capabilities);

        /// <summary>Each generatable layer with the capabilities.</summary>
        public const string Layers = nameof(Layers);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        static bool IsType(SyntaxNode node, System.Threading.CancellationToken _) => node is TypeDeclarationSyntax;

        var conv2d = context.SyntaxProvider
            .ForAttributeWithMetadataName(LayerReader.Conv2dAttributeName, IsType, LayerReader.Read)
            .WithTrackingName(Steps.Conv2dLayers);
        var composites = context.SyntaxProvider
            .ForAttributeWithMetadataName(LayerReader.CompositeAttributeName, IsType, LayerReader.Read)
            .WithTrackingName(Steps.CompositeLayers);

        var capabilities = context.CompilationProvider
            .Select(static (compilation, _) =>
            {
                var vector256 = compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.Vector256");
                // LoadUnsafe / StoreUnsafe arrived with .NET 7; older targets get the scalar path.
                var methodImpl = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.MethodImplOptions");
                return new TargetCapabilities(
                    vector256 is not null && !vector256.GetMembers("LoadUnsafe").IsEmpty,
                    methodImpl is not null && !methodImpl.GetMembers("AggressiveOptimization").IsEmpty);
            })
            .WithTrackingName(Steps.Capabilities);

        var layers = conv2d.Collect().Combine(composites.Collect())
            .SelectMany(static (pair, _) => pair.Left.Concat(pair.Right).Where(model => model.CanGenerate))
            .Combine(capabilities)
            .WithTrackingName(Steps.Layers);

        context.RegisterSourceOutput(layers, static (output, pair) => Emit(output, pair.Left, pair.Right));
    }

    private static void Emit(SourceProductionContext output, LayerModel model, TargetCapabilities capabilities)
    {
        var geometry = model.Shape!.ToGeometry();
        var composition = model.IsComposite ? new KernelComposition(model.Members.Select(m => m.Shape.ToGeometry()).ToArray()) : null;
        output.AddSource(model.HintName, LayerEmitter.Emit(model, geometry, composition, capabilities));
    }
}
