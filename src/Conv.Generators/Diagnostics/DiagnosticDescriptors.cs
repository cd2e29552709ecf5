using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Conv.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the package reports, in one place: the severity of each ID is set here once (the release
/// tracking file and the docs are checked against it), and each message is a format whose placeholders are the
/// types, axes and numbers at fault. Where one ID has several phrasings (CONV001 for the type or a type containing
/// it, say), each phrasing is a descriptor of its own with that ID.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Conv.Generators";
    private const string HelpBase = "https://github.com/conv-generators/Conv.Generators/blob/main/docs/diagnostics/";
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, string title, string message, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, helpLinkUri: HelpBase + id + ".md");

    // Another phrasing of the same diagnostic: everything but the message is the first phrasing's.
    private static DiagnosticDescriptor Also(DiagnosticDescriptor first, string message) =>
        new(first.Id, first.Title, message, first.Category, first.DefaultSeverity, first.IsEnabledByDefault, first.Description, first.HelpLinkUri);

    /// <summary>A message argument as text in the invariant culture, so that no machine writes 5408,5.</summary>
    public static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Invariant(double, string)"/>
    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static readonly DiagnosticDescriptor NotPartial = Create(DiagnosticIds.NotPartial, Error,
        "Layer type must be a non-generic partial type",
        "{0} must be partial so that the generator can add its layer code",
        "The generator completes a layer type with its constants, constructors and Forward, which it can only add to a " +
        "partial, non-generic type whose containing types are partial too.");

    public static readonly DiagnosticDescriptor Generic = Also(NotPartial, "{0} must not be generic: a layer's shape is fixed at compile time");

    public static readonly DiagnosticDescriptor ContainerNotPartial = Also(NotPartial,
        "{0}, which contains {1}, must be partial so that the generator can add {1}'s layer code");

    public static readonly DiagnosticDescriptor ContainerGeneric = Also(NotPartial,
        "{0}, which contains {1}, must not be generic: a layer's shape is fixed at compile time");

    public static readonly DiagnosticDescriptor ImpossibleGeometry = Create(DiagnosticIds.ImpossibleGeometry, Error,
        "Impossible convolution geometry", "{0} has an impossible geometry: {1}",
        "The attribute's numbers do not make a convolution: a channel count not divisible by the groups, a window larger " +
        "than the padded input, a padding mode that needs more input than there is, or a length beyond what an array holds.");

    public static readonly DiagnosticDescriptor MissingInputSize = Also(ImpossibleGeometry,
        "{0} has an impossible geometry: {1} is required (shapes are fixed at compile time): add {1} = <input {2}>");

    public static readonly DiagnosticDescriptor ChannelMismatch = Create(DiagnosticIds.ChannelMismatch, Error,
        "Composite channel mismatch", "{0} expects {1} input channels but {2} produces {3}",
        "Each layer of a composite reads the previous layer's output, so its input channels must be the previous layer's output channels.");

    public static readonly DiagnosticDescriptor SizeMismatch = Create(DiagnosticIds.SizeMismatch, Error,
        "Composite size mismatch", "{0} expects a {1}x{2} input but {3} produces {4}x{5}",
        "Each layer of a composite reads the previous layer's output, so its InputHeight and InputWidth must be the previous layer's output size.");

    public static readonly DiagnosticDescriptor NotExact = Create(DiagnosticIds.NotExact, Warning,
        "Composite is not exact at the borders", "{0} differs from running {1} in output {2}: {3}; {4}",
        "Where a later layer pads its input, the sequence sees padding (zeros, without the earlier bias) but the composite " +
        "sees real values, so the two differ in those border rows and columns. ExactRegion says where they agree; the " +
        "message says why they differ and which change of padding makes the composite exact.");

    public static readonly DiagnosticDescriptor WeightAsActivation = Create(DiagnosticIds.LayoutConfusion, Warning,
        "Weight and activation layouts confused",
        "{0} holds an OIHW weight but {1} expects an NCHW activation: its out-channel axis would be read as the batch axis (Layouts.ReinterpretWeightAsImages says it is meant)",
        "Weights are OIHW (out channel first), activations NCHW (batch first): a weight read as an activation turns its " +
        "out-channel axis into the batch axis, and back. Values marked [Layout] are followed through locals, slices and conversions.");

    public static readonly DiagnosticDescriptor ActivationAsWeight = Also(WeightAsActivation,
        "{0} holds an NCHW activation but {1} expects an OIHW weight: its batch axis would be read as the out-channel axis (Layouts.ReinterpretImagesAsWeight says it is meant)");

    public static readonly DiagnosticDescriptor NotALayer = Create(DiagnosticIds.NotALayer, Error,
        "Composite argument is not a layer type", "{0} composes {1}, which is not a layer type: give it [Conv2d], [BatchNorm2d], [Composite], [Sum] or [Concat]",
        "[Composite] composes two or more layer types, and [Sum] and [Concat] combine two or more branches: types that carry " +
        "[Conv2d], [BatchNorm2d], [Composite], [Sum] or [Concat] (and Conv.Identity as a branch).");

    public static readonly DiagnosticDescriptor TooFewLayers = Also(NotALayer, "{0} composes {1}, but a composite needs two or more");

    public static readonly DiagnosticDescriptor NotABranch = Also(NotALayer,
        "{0} combines {1}, which is not a layer type: give it [Conv2d], [BatchNorm2d], [Composite], [Sum] or [Concat], or use typeof(Identity)");

    public static readonly DiagnosticDescriptor TooFewBranches = Also(NotALayer, "{0} combines {1}, but a {2} needs two or more branches");

    public static readonly DiagnosticDescriptor IdentityInChain = Also(NotALayer,
        "{0} composes Identity, which is a branch of a [Sum] or [Concat], not a layer of a chain: remove it");

    public static readonly DiagnosticDescriptor NonLinearMember = Create(DiagnosticIds.NonLinearMember, Error,
        "Non-linear member in a chain or branch",
        "{0} runs {1} before {2}, but {1} applies {3}: the chain is not linear, so no single conv equals it; only the last member may have an activation",
        "A composite folds its members into one convolution, which is linear; an activation (Relu, Relu6, LeakyRelu) on any " +
        "member but the last makes the chain non-linear. The last member's activation is applied by the composite itself. " +
        "Likewise a branch of a [Sum] or [Concat] must be linear: put the activation on the [Sum] or [Concat].");

    public static readonly DiagnosticDescriptor NonLinearBranch = Also(NonLinearMember,
        "{0} combines {1}, which applies {2}: branches are one conv only when every branch is linear; set Activation = Activation.{2} on {0} instead");

    public static readonly DiagnosticDescriptor BranchMismatch = Create(DiagnosticIds.BranchMismatch, Error,
        "Branches do not fit one conv", "{0}'s branches do not fit one conv: {1}",
        "The branches of a [Sum] or [Concat] read the same input and are folded into one convolution, so they must read the same " +
        "input channels and size and share a stride; a sum's branches produce the same output channels; every branch gives the " +
        "same output size, pads the same way, and places its taps on one lattice around one centre.");

    public static readonly DiagnosticDescriptor OnlyIdentityBranches = Also(BranchMismatch,
        "{0} has only Identity branches: give it at least one layer branch, which fixes the channels and the size");

    public static readonly DiagnosticDescriptor CostlierComposite = Create(DiagnosticIds.CostlierComposite, Warning,
        "Composite costs more than the layers it replaces",
        "{0} costs {1} multiply-adds per output position but running {2} costs {3} ({4} against {5} per batch item)",
        "A composite's kernel grows with each layer; when the layers narrow the channels in between (a bottleneck), the " +
        "one wide kernel costs more multiply-adds than running the layers one after the other. A [Sum] or [Concat] whose " +
        "branches' taps spread over a large merged window (different dilations, say) can cost more than its branches too.");

    public static readonly DiagnosticDescriptor CostlierBranches = Also(CostlierComposite,
        "{0} costs {1} multiply-adds per output position but running its branches {2} costs {3} ({4} against {5} per batch item)");

    public static readonly DiagnosticDescriptor MissingTensor = Create(DiagnosticIds.WeightsMismatch, Error,
        "Layer does not fit the project's weights file",
        "{0} needs tensor \"{1}\" with shape {2}, but {3} has no tensor of that name{4}",
        "A project lists its PyTorch weights as <ConvWeights Include=\"model.safetensors\" />; every layer with a Name is " +
        "checked against the file's header: each tensor it loads (Name.weight, Name.bias, and a BatchNorm2d's running_mean " +
        "and running_var) must be in the file, a float tensor of exactly the layer's shape. A shape with two axes exchanged " +
        "(IOHW for OIHW, the transposed-conv mistake) is named as such.");

    public static readonly DiagnosticDescriptor WrongTensorShape = Also(MissingTensor,
        "{0} needs tensor \"{1}\" with shape {2}, but {3} has shape {4}{5}");

    public static readonly DiagnosticDescriptor TensorNotFloat = Also(MissingTensor,
        "{0} needs tensor \"{1}\" as floats, but {2} holds it as {3}");

    public static readonly DiagnosticDescriptor UnexpectedBias = Also(MissingTensor,
        "{0} has no bias, but {1} has \"{2}\", which loading would refuse: set Bias = true on {0}");

    public static readonly DiagnosticDescriptor UnreadableWeights = Also(MissingTensor,
        "{0}'s tensors cannot be checked: {1} is not a valid safetensors file: {2}");

    public static readonly DiagnosticDescriptor LayerDeclaredTwice = Create(DiagnosticIds.LayerDeclaredTwice, Error,
        "Layer type declared more than once", "{0} has both {1} and {2}: a type is one layer, so keep one attribute",
        "A type is one layer: a convolution of its own ([Conv2d]), a batch normalisation ([BatchNorm2d]), the composite of " +
        "others ([Composite]) or the merge of branches ([Sum], [Concat]).");

    public static readonly DiagnosticDescriptor CannotComplete = Create(DiagnosticIds.CannotComplete, Error,
        "Layer type in a form the generated code cannot complete", "{0} cannot get its generated layer code: {1}",
        "The generated code adds constructors, fields and members with fixed names to the type; a static, abstract or " +
        "file-local type, a primary constructor, or a member of the same name would not compile with them.");

    public static readonly DiagnosticDescriptor CompositeCycle = Create(DiagnosticIds.CompositeCycle, Error,
        "Composite composes itself or nests too deeply",
        "{0} composes {1}, which composes {0} again ({2}): a composite cannot contain itself",
        "Composites compose layer types, which may be composites in turn, at most 32 levels deep and never themselves.");

    public static readonly DiagnosticDescriptor CompositeTooDeep = Also(CompositeCycle,
        "{0} composes {1}, which nests composites more than {2} deep: compose fewer levels, or list the layers in one [Composite]");

    public static readonly DiagnosticDescriptor LanguageVersion = Create(DiagnosticIds.LanguageVersion, Error,
        "C# version too old for the generated layer code",
        "{0} needs C# 7.3 or later for its generated layer code, but this project uses C# {1}: set <LangVersion>latest</LangVersion> in the project file",
        "The generated code uses ref locals and spans, which need C# 7.3.");
}
