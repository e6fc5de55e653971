// libxml2's SAX interface, for the TBX reader's declaration and depth gate (Glossary/XMLDeclarationGate.swift).
// libxml2's ICU support is left out of the headers: its ICU declarations clash with the ICU that Foundation
// carries, and the gate uses no encoding converter (it reads UTF-8 only).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
