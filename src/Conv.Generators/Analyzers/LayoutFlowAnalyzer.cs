using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Conv.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Conv.Generators.Analyzers;

/// <summary>
/// CONV006: an OIHW weight reaching an NCHW slot (its out-channel axis read as the batch axis), or back.
/// Layouts come from <c>[Layout]</c> on fields, properties, parameters and returns, and follow values through
/// locals, assignments, <c>AsSpan</c> / <c>Slice</c> / <c>ToArray</c>, conversions and ternaries. Flow it
/// cannot follow has no layout, so it reports nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LayoutFlowAnalyzer : DiagnosticAnalyzer
{
    private const int Nchw = 0;
    private const int Oihw = 1;
    private static readonly ImmutableHashSet<string> LayoutPreserving = ImmutableHashSet.Create("AsSpan", "AsMemory", "Slice", "ToArray");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LayoutConfusion);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var layoutAttribute = start.Compilation.GetTypeByMetadataName("Conv.LayoutAttribute");
            if (layoutAttribute is null) return;
            var flow = new Flow(layoutAttribute);
            start.RegisterOperationAction(c => flow.Argument(c), OperationKind.Argument);
            start.RegisterOperationAction(c => flow.Assignment(c), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => flow.Return(c), OperationKind.Return);
        });
    }

    private sealed class Flow
    {
        private readonly INamedTypeSymbol _layoutAttribute;

        public Flow(INamedTypeSymbol layoutAttribute) => _layoutAttribute = layoutAttribute;

        public void Argument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.Parameter is null) return;
            var method = argument.Parameter.ContainingSymbol;
            Check(context, Declared(argument.Parameter.GetAttributes()), argument.Value,
                $"parameter '{argument.Parameter.Name}' of {method.ContainingType?.Name}.{method.Name}");
        }

        public void Assignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var target = assignment.Target switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => (ISymbol)property.Property,
                _ => null,
            };
            if (target is null) return;
            Check(context, Declared(target.GetAttributes()), assignment.Value, $"{target.ContainingType?.Name}.{target.Name}");
        }

        public void Return(OperationAnalysisContext context)
        {
            var returned = (IReturnOperation)context.Operation;
            if (returned.ReturnedValue is null || context.ContainingSymbol is not IMethodSymbol method) return;
            Check(context, Declared(method.GetReturnTypeAttributes()), returned.ReturnedValue, $"the return value of {method.ContainingType?.Name}.{method.Name}");
        }

        private void Check(OperationAnalysisContext context, int? expected, IOperation value, string slot)
        {
            if (expected is null) return;
            var actual = Infer(value, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default));
            if (actual is null || actual == expected) return;
            var text = value.Syntax.ToString();
            var message = actual == Oihw
                ? $"{text} holds an OIHW weight but {slot} expects an NCHW activation: its out-channel axis would be read as the batch axis (Layouts.ReinterpretWeightAsImages says it is meant)"
                : $"{text} holds an NCHW activation but {slot} expects an OIHW weight: its batch axis would be read as the out-channel axis (Layouts.ReinterpretImagesAsWeight says it is meant)";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LayoutConfusion, value.Syntax.GetLocation(), message));
        }

        private int? Declared(ImmutableArray<AttributeData> attributes)
        {
            foreach (var attribute in attributes)
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _layoutAttribute)
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int layout)
                    return layout;
            return null;
        }

        private int? Infer(IOperation? operation, HashSet<ILocalSymbol> visiting)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    return Infer(conversion.Operand, visiting);
                case IParenthesizedOperation parenthesized:
                    return Infer(parenthesized.Operand, visiting);
                case IParameterReferenceOperation parameter:
                    return Declared(parameter.Parameter.GetAttributes());
                case IFieldReferenceOperation field:
                    return Declared(field.Field.GetAttributes());
                case IPropertyReferenceOperation property:
                    return Declared(property.Property.GetAttributes());
                case IConditionalOperation conditional:
                    var whenTrue = Infer(conditional.WhenTrue, visiting);
                    return whenTrue == Infer(conditional.WhenFalse, visiting) ? whenTrue : null;
                case IInvocationOperation invocation:
                    var declared = Declared(invocation.TargetMethod.GetReturnTypeAttributes());
                    if (declared is not null) return declared;
                    if (!LayoutPreserving.Contains(invocation.TargetMethod.Name)) return null;
                    return Infer(invocation.Instance ?? invocation.Arguments.FirstOrDefault()?.Value, visiting);
                case ILocalReferenceOperation local:
                    return InferLocal(local, visiting);
                default:
                    return null;
            }
        }

        // A local has the layout of every value written to it, when they all agree; a ref or out use loses it.
        private int? InferLocal(ILocalReferenceOperation reference, HashSet<ILocalSymbol> visiting)
        {
            var local = reference.Local;
            if (!visiting.Add(local)) return null;
            var root = reference as IOperation;
            while (root.Parent is not null) root = root.Parent;
            int? layout = null;
            var seen = false;
            foreach (var operation in root.DescendantsAndSelf())
            {
                IOperation? written = null;
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        written = declarator.GetVariableInitializer()?.Value;
                        if (written is null) continue;
                        break;
                    case ISimpleAssignmentOperation assignment when assignment.Target is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local):
                        written = assignment.Value;
                        break;
                    case IArgumentOperation argument when argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out
                                                          && argument.Value is ILocalReferenceOperation passed
                                                          && SymbolEqualityComparer.Default.Equals(passed.Local, local):
                        return null;
                    default:
                        continue;
                }

                var value = Infer(written, visiting);
                if (value is null || (seen && value != layout)) return null;
                layout = value;
                seen = true;
            }

            visiting.Remove(local);
            return layout;
        }
    }
}
