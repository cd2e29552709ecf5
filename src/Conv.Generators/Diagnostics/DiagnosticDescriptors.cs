using Microsoft.CodeAnalysis;

namespace Conv.Generators.Diagnostics;

/// <summary>Every diagnostic the package reports, in one place.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Conv.Generators";
    private const string HelpBase = "https://github.com/conv-generators/Conv.Generators/blob/main/docs/diagnostics/";

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");

    public static readonly DiagnosticDescriptor NotPartial = Create(DiagnosticIds.NotPartial,
        "Layer type must be a non-generic partial type", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ImpossibleGeometry = Create(DiagnosticIds.ImpossibleGeometry,
        "Impossible convolution geometry", "{0} has an impossible geometry: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ChannelMismatch = Create(DiagnosticIds.ChannelMismatch,
        "Composite channel mismatch", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SizeMismatch = Create(DiagnosticIds.SizeMismatch,
        "Composite size mismatch", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotExact = Create(DiagnosticIds.NotExact,
        "Composite is not exact at the borders", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LayoutConfusion = Create(DiagnosticIds.LayoutConfusion,
        "Weight and activation layouts confused", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotALayer = Create(DiagnosticIds.NotALayer,
        "Composite argument is not a layer type", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CostlierComposite = Create(DiagnosticIds.CostlierComposite,
        "Composite costs more than the layers it replaces", "{0}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LayerDeclaredTwice = Create(DiagnosticIds.LayerDeclaredTwice,
        "Layer type declared more than once", "{0} has {1}: a type is one layer, so keep one attribute", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CannotComplete = Create(DiagnosticIds.CannotComplete,
        "Layer type in a form the generated code cannot complete", "{0} cannot get its generated layer code: {1}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CompositeCycle = Create(DiagnosticIds.CompositeCycle,
        "Composite composes itself or nests too deeply", "{0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LanguageVersion = Create(DiagnosticIds.LanguageVersion,
        "C# version too old for the generated layer code",
        "{0} needs C# 7.3 or later for its generated layer code, but this project uses C# {1}: set <LangVersion>latest</LangVersion> in the project file",
        DiagnosticSeverity.Error);
}
