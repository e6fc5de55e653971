// A thin wrapper over MeCab (Japanese morphological analysis) whose interface uses stdint types only, so that
// Swift sees neither MeCab's C++-flavoured header nor its ownership rules.
//
// Status codes: 0 is success, positive values are failures (TAIYAKU_MECAB_*); MeCab's own message for the last
// failure is `taiyaku_mecab_error`.
#ifndef TAIYAKU_MECAB_H
#define TAIYAKU_MECAB_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The dictionary could not be opened (missing directory, unreadable or incompatible files).
#define TAIYAKU_MECAB_DICTIONARY_FAILED 1
/// MeCab failed to analyse a sentence.
#define TAIYAKU_MECAB_PARSE_FAILED 2
/// Memory ran out.
#define TAIYAKU_MECAB_NO_MEMORY 3

/// A MeCab analyser: a dictionary model, a tagger and a lattice. Not safe to share between threads.
typedef struct TaiyakuMeCab TaiyakuMeCab;

/// One dictionary entry (or unknown word) covering `length` bytes from byte `begin` of the analysed text.
typedef struct {
    int32_t begin;
    int32_t length;
    /// 1 for an unknown word (MeCab's MECAB_UNK_NODE), 0 for a dictionary word.
    int32_t unknown;
    /// 1 on the best path; 0 for another entry of the dictionary with the same span (another reading).
    int32_t best;
    /// The dictionary's comma-separated feature columns, NUL-terminated; valid until the next analysis.
    const char *feature;
} TaiyakuMorpheme;

/// Opens an analyser on the compiled dictionary in `dictionaryDirectory` (holding sys.dic), reading no mecabrc.
/// Returns NULL and sets `status` on failure; `message` (capacity bytes) then receives MeCab's reason.
TaiyakuMeCab *taiyaku_mecab_open(const char *dictionaryDirectory, int32_t *status, char *message, int32_t capacity);
void taiyaku_mecab_close(TaiyakuMeCab *mecab);

/// Analyses `length` bytes of UTF-8 `text` (which must stay alive while morphemes are read) and returns the
/// number of morphemes: the best path in order, each followed by the other entries sharing its span.
int32_t taiyaku_mecab_analyse(TaiyakuMeCab *mecab, const char *text, int32_t length, int32_t *status);
/// Morpheme `index` of the last analysis (0 <= index < the count it returned).
TaiyakuMorpheme taiyaku_mecab_morpheme(const TaiyakuMeCab *mecab, int32_t index);
/// MeCab's message for the last failure of this analyser.
const char *taiyaku_mecab_error(TaiyakuMeCab *mecab);

#ifdef __cplusplus
}
#endif

#endif
