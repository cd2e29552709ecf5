using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Conv.Generators.Diagnostics;
using Conv.Generators.Model;
using Conv.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Conv.Generators.Analyzers;

/// <summary>
/// Checks every <c>[Conv2d]</c> and <c>[BatchNorm2d]</c> with a <c>Name</c> against the weights files the project lists
/// (<c>&lt;ConvWeights Include="model.safetensors" /&gt;</c>): the package's build targets copy each file's header into
/// <c>obj/</c> as <c>*.convweights.json</c> (an AdditionalFile), which this analyzer reads with the runtime's own header
/// parser (CONV011). Layers without a Name, and projects without weights files, are not checked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WeightsFileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The suffix of the header files the build targets write.</summary>
    public const string HeaderSuffix = ".convweights.json";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingTensor, DiagnosticDescriptors.WrongTensorShape, DiagnosticDescriptors.TensorNotFloat,
        DiagnosticDescriptors.UnexpectedBias, DiagnosticDescriptors.UnreadableWeights);

    private sealed class WeightsFile
    {
        public WeightsFile(string source) => Source = source;

        public string Source { get; }
        public string? Error { get; set; }
        public Dictionary<string, TensorEntry> Tensors { get; } = new(System.StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var files = start.Options.AdditionalFiles
                .Where(f => f.Path.EndsWith(HeaderSuffix, System.StringComparison.OrdinalIgnoreCase))
                .Select(f => Read(f, start.CancellationToken))
                .ToList();
            if (files.Count == 0) return;
            start.RegisterSymbolAction(symbol => Check(symbol, files), SymbolKind.NamedType);
        });
    }

    private static WeightsFile Read(AdditionalText text, CancellationToken cancellationToken)
    {
        var content = text.GetText(cancellationToken)?.ToString() ?? "";
        // The targets name the file "<index>.<weights file name>.convweights.json" and state the name inside as well.
        var source = Path.GetFileName(text.Path);
        source = source.Substring(source.IndexOf('.') + 1);
        source = source.Substring(0, source.Length - HeaderSuffix.Length);
        try
        {
            // {"source": "model.safetensors", "file": {"dataLength": N, "header": {...}} or {"error": "..."}}
            if (HeaderJson.Parse(content) is not HeaderJson.Object root) throw new InvalidDataException("the extracted header is not an object");
            if (root["source"] is HeaderJson.String named) source = named.Text;
            if (root["file"] is not HeaderJson.Object file) throw new InvalidDataException("the extracted header has no file entry");
            if (file["error"] is HeaderJson.String error) return new WeightsFile(source) { Error = error.Text };
            long? dataLength = file["dataLength"] is HeaderJson.Number n && n.TryGetNonNegative(out var length) ? length : null;
            var result = new WeightsFile(source);
            foreach (var entry in SafeTensorsHeader.Parse(file["header"] ?? HeaderJson.Literal.Null, dataLength, out _)) result.Tensors[entry.Name] = entry;
            return result;
        }
        catch (System.Exception error) when (error is InvalidDataException or System.FormatException)
        {
            return new WeightsFile(source) { Error = error.Message };
        }
    }

    private static void Check(SymbolAnalysisContext context, IReadOnlyList<WeightsFile> files)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attributes = LayerAttributes.Of(type);
        if (attributes.Count != 1) return;
        var attribute = attributes[0];
        var kind = LayerAttributes.KindOf(attribute);
        if (kind is not (LayerKind.Conv2d or LayerKind.BatchNorm2d) || LayerReader.ReadName(attribute) is not { } module) return;
        var shape = kind == LayerKind.Conv2d ? LayerReader.ReadConv2d(attribute) : LayerReader.ReadBatchNorm2d(attribute, out _);
        if (shape is null || shape.Problems().Count > 0) return; // CONV002 says what is wrong with the shape itself
        var at = AttributeArguments.Find(attribute, -1, "Name");

        var unreadable = files.FirstOrDefault(f => f.Error is not null);
        if (unreadable is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnreadableWeights, at, type.Name, unreadable.Source, unreadable.Error));
            return;
        }

        var expected = new List<(string Parameter, int[] Shape)>();
        if (kind == LayerKind.Conv2d)
        {
            expected.Add(("weight", new[] { shape.OutChannels, shape.InChannels / shape.Groups, shape.KernelHeight, shape.KernelWidth }));
            if (shape.HasBias) expected.Add(("bias", new[] { shape.OutChannels }));
        }
        else
        {
            foreach (var parameter in new[] { "weight", "bias", "running_mean", "running_var" }) expected.Add((parameter, new[] { shape.InChannels }));
        }

        var sources = string.Join(" or ", files.Select(f => f.Source));
        foreach (var (parameter, expectedShape) in expected)
        {
            var key = module + "." + parameter;
            var holder = files.FirstOrDefault(f => f.Tensors.ContainsKey(key));
            if (holder is null)
            {
                var near = files.SelectMany(f => f.Tensors.Keys).Where(k => k.StartsWith(module + ".", System.StringComparison.Ordinal)).OrderBy(k => k, System.StringComparer.Ordinal).ToList();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingTensor, at, type.Name, key, SafeTensorsHeader.ShapeText(expectedShape), sources,
                    near.Count > 0 ? $" (it has {string.Join(", ", near.Take(6))})" : $" (and none under \"{module}.\")"));
                continue;
            }

            var tensor = holder.Tensors[key];
            if (!SafeTensorsHeader.IsFloat(tensor.DType))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TensorNotFloat, at, type.Name, key, holder.Source, tensor.DType));
            else if (!SafeTensorsHeader.SameShape(tensor.Shape, expectedShape))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongTensorShape, at, type.Name, key, SafeTensorsHeader.ShapeText(expectedShape),
                    holder.Source, tensor.ShapeText, SafeTensorsHeader.AxesHint(tensor.Shape, expectedShape)));
        }

        if (kind == LayerKind.Conv2d && !shape.HasBias && files.FirstOrDefault(f => f.Tensors.ContainsKey(module + ".bias")) is { } biased)
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnexpectedBias, at, type.Name, biased.Source, module + ".bias"));
    }
}
