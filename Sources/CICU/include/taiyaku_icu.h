// The only C in Taiyaku: a thin wrapper over ICU whose interface uses stdint types only,
// so that Swift never sees ICU's version-renamed symbols or headers that clash with Foundation's copy of ICU.
//
// Status codes are ICU's UErrorCode values: 0 is success, negative values are warnings, positive values failures.
#ifndef TAIYAKU_ICU_H
#define TAIYAKU_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU sentence break iterator.
typedef struct TaiyakuBreaker TaiyakuBreaker;

/// Opens a sentence break iterator for `locale` (e.g. "en", "ja"). Returns NULL on failure.
TaiyakuBreaker *taiyaku_sentence_breaker_open(const char *locale, int32_t *status);
void taiyaku_breaker_close(TaiyakuBreaker *breaker);
/// Points the iterator at `text`, which must stay alive and unchanged while boundaries are read.
void taiyaku_breaker_set_text(TaiyakuBreaker *breaker, const uint16_t *text, int32_t length, int32_t *status);
/// The next boundary after the current one, or -1 when there is none.
int32_t taiyaku_breaker_next(TaiyakuBreaker *breaker);

/// An ICU transliterator, e.g. "Katakana-Latin".
typedef struct TaiyakuTransliterator TaiyakuTransliterator;

TaiyakuTransliterator *taiyaku_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *status);
void taiyaku_transliterator_close(TaiyakuTransliterator *transliterator);
/// Transliterates `buffer[0..<length]` in place; returns the new length. When the result would not fit in
/// `capacity`, status is U_BUFFER_OVERFLOW_ERROR (15) and the return value is the length needed.
int32_t taiyaku_transliterate(TaiyakuTransliterator *transliterator, uint16_t *buffer, int32_t length,
                              int32_t capacity, int32_t *status);

/// NFKC-normalises `source` into `destination`; returns the length written (or needed, with status 15).
int32_t taiyaku_normalize_nfkc(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                               int32_t *status);

/// ICU's name for a status code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *taiyaku_status_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
