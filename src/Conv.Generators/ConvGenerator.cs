using Microsoft.CodeAnalysis;

namespace Conv.Generators;

/// <summary>Generates the layer code of <c>[Conv2d]</c> and <c>[Composite]</c> types.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ConvGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The layer pipeline arrives with the generator issue; the project is wired as an analyzer already.
    }
}
