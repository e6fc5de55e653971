#include "taiyaku_icu.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

TaiyakuBreaker *taiyaku_sentence_breaker_open(const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code)) {
        return NULL;
    }
    return (TaiyakuBreaker *)iterator;
}

void taiyaku_breaker_close(TaiyakuBreaker *breaker) {
    if (breaker != NULL) {
        ubrk_close((UBreakIterator *)breaker);
    }
}

void taiyaku_breaker_set_text(TaiyakuBreaker *breaker, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)breaker, (const UChar *)text, length, &code);
    *status = (int32_t)code;
}

int32_t taiyaku_breaker_next(TaiyakuBreaker *breaker) {
    int32_t boundary = ubrk_next((UBreakIterator *)breaker);
    return boundary == UBRK_DONE ? -1 : boundary;
}

TaiyakuTransliterator *taiyaku_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UTransliterator *transliterator = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code)) {
        return NULL;
    }
    return (TaiyakuTransliterator *)transliterator;
}

void taiyaku_transliterator_close(TaiyakuTransliterator *transliterator) {
    if (transliterator != NULL) {
        utrans_close((UTransliterator *)transliterator);
    }
}

int32_t taiyaku_transliterate(TaiyakuTransliterator *transliterator, uint16_t *buffer, int32_t length,
                              int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)buffer, &textLength, capacity, 0, &limit,
                       &code);
    *status = (int32_t)code;
    return textLength;
}

int32_t taiyaku_normalize_nfkc(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity,
                               int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFKCInstance(&code);
    if (U_FAILURE(code)) {
        *status = (int32_t)code;
        return 0;
    }
    int32_t written = unorm2_normalize(normalizer, (const UChar *)source, length, (UChar *)destination, capacity,
                                       &code);
    *status = (int32_t)code;
    return written;
}

const char *taiyaku_status_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}
