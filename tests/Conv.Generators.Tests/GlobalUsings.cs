// The generator compiles the runtime's math files in; the alias keeps its copies apart from Conv.Runtime's.
extern alias generator;

global using ConvGenerator = generator::Conv.Generators.ConvGenerator;
global using LayerDeclarationAnalyzer = generator::Conv.Generators.Analyzers.LayerDeclarationAnalyzer;
global using LayoutFlowAnalyzer = generator::Conv.Generators.Analyzers.LayoutFlowAnalyzer;
