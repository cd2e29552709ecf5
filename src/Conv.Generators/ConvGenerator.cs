using System.Linq;
using Conv.Generators.Emission;
using Conv.Generators.Model;
using Conv.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Conv.Generators;

/// <summary>
/// Generates the layer code of <c>[Conv2d]</c>, <c>[BatchNorm2d]</c>, <c>[Composite]</c>, <c>[Sum]</c> and <c>[Concat]</c> types. Declarations it cannot generate
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

        /// <summary>The <c>[BatchNorm2d]</c> declarations as models.</summary>
        public const string BatchNormLayers = nameof(BatchNormLayers);

        /// <summary>The <c>[Sum]</c> declarations as models.</summary>
        public const string SumLayers = nameof(SumLayers);

        /// <summary>The <c>[Concat]</c> declarations as models.</summary>
        public const string ConcatLayers = nameof(ConcatLayers);

        /// <summary>Each generatable <c>[BatchNorm2d]</c> layer with the capabilities.</summary>
        public const string BatchNormOutput = nameof(BatchNormOutput);

        /// <summary>Each generatable <c>[Sum]</c> layer with the capabilities.</summary>
        public const string SumOutput = nameof(SumOutput);

        /// <summary>Each generatable <c>[Concat]</c> layer with the capabilities.</summary>
        public const string ConcatOutput = nameof(ConcatOutput);

        /// <summary>What the consumer's target offers (Vector256).</summary>
        public const string Capabilities = nameof(Capabilities);

        /// <summary>Each generatable <c>[Conv2d]</c> layer with the capabilities: what its file is written from.</summary>
        public const string Conv2dOutput = nameof(Conv2dOutput);

        /// <summary>Each generatable <c>[Composite]</c> layer with the capabilities: what its file is written from.</summary>
        public const string CompositeOutput = nameof(CompositeOutput);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        static bool IsType(SyntaxNode node, System.Threading.CancellationToken _) => node is TypeDeclarationSyntax;

        var capabilities = context.CompilationProvider
            .Select(static (compilation, _) =>
            {
                var vector256 = compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.Vector256");
                // LoadUnsafe / StoreUnsafe arrived with .NET 7; older targets get the scalar path.
                var methodImpl = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.MethodImplOptions");
                var language = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
                // netstandard2.0 has System.Numerics.Vector<T> (with Unsafe.ReadUnaligned from the package's dependencies).
                var numerics = compilation.GetTypeByMetadataName("System.Numerics.Vector`1");
                var unsafeType = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.Unsafe");
                // .NET 8 can ask whether the processor has AVX-512 (and so 32 vector registers).
                var avx512 = compilation.GetTypeByMetadataName("System.Runtime.Intrinsics.X86.Avx512F+VL");
                return new TargetCapabilities(
                    vector256 is not null && !vector256.GetMembers("LoadUnsafe").IsEmpty,
                    avx512 is not null,
                    numerics is not null && unsafeType is not null && !unsafeType.GetMembers("ReadUnaligned").IsEmpty,
                    methodImpl is not null && !methodImpl.GetMembers("AggressiveOptimization").IsEmpty,
                    language >= LanguageVersion.CSharp8,
                    language >= LanguageVersion.CSharp10,
                    language >= TargetCapabilities.MinimumLanguageVersion);
            })
            .WithTrackingName(Steps.Capabilities);

        // One pipeline per attribute, item by item: an edit to one layer re-emits that layer only.
        foreach (var (attribute, step, output) in new[]
                 {
                     (LayerAttributes.Conv2d, Steps.Conv2dLayers, Steps.Conv2dOutput),
                     (LayerAttributes.Composite, Steps.CompositeLayers, Steps.CompositeOutput),
                     (LayerAttributes.BatchNorm2d, Steps.BatchNormLayers, Steps.BatchNormOutput),
                     (LayerAttributes.Sum, Steps.SumLayers, Steps.SumOutput),
                     (LayerAttributes.Concat, Steps.ConcatLayers, Steps.ConcatOutput),
                 })
        {
            var layers = context.SyntaxProvider
                .ForAttributeWithMetadataName(attribute, IsType, LayerReader.Read)
                .WithTrackingName(step)
                .Where(static model => model.CanGenerate)
                .Combine(capabilities)
                .Where(static pair => pair.Right.SupportsLanguage)
                .WithTrackingName(output);
            context.RegisterSourceOutput(layers, static (production, pair) => Emit(production, pair.Left, pair.Right));
        }
    }

    private static void Emit(SourceProductionContext output, LayerModel model, TargetCapabilities capabilities) =>
        output.AddSource(model.HintName, LayerEmitter.Emit(model, model.Shape!.ToGeometry(), capabilities));
}
