#include "taiyaku_mecab.h"

#include <mecab.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct TaiyakuMeCab {
    mecab_model_t *model;
    mecab_t *tagger;
    mecab_lattice_t *lattice;
    TaiyakuMorpheme *morphemes;
    int32_t count;
    int32_t capacity;
};

static void copy_message(char *message, int32_t capacity, const char *text) {
    if (message == NULL || capacity <= 0) return;
    snprintf(message, (size_t)capacity, "%s", text ? text : "unknown MeCab error");
}

TaiyakuMeCab *taiyaku_mecab_open(const char *dictionaryDirectory, int32_t *status, char *message, int32_t capacity) {
    *status = 0;
    // -r /dev/null: no mecabrc is read, so the caller's dictionary is the one used.
    size_t argumentLength = strlen(dictionaryDirectory) + 32;
    char *arguments = malloc(argumentLength);
    if (arguments == NULL) {
        *status = TAIYAKU_MECAB_NO_MEMORY;
        copy_message(message, capacity, "out of memory");
        return NULL;
    }
    snprintf(arguments, argumentLength, "-r /dev/null -d %s", dictionaryDirectory);
    mecab_model_t *model = mecab_model_new2(arguments);
    free(arguments);
    if (model == NULL) {
        *status = TAIYAKU_MECAB_DICTIONARY_FAILED;
        copy_message(message, capacity, mecab_strerror(NULL));
        return NULL;
    }
    TaiyakuMeCab *mecab = calloc(1, sizeof(TaiyakuMeCab));
    if (mecab == NULL) {
        mecab_model_destroy(model);
        *status = TAIYAKU_MECAB_NO_MEMORY;
        copy_message(message, capacity, "out of memory");
        return NULL;
    }
    mecab->model = model;
    mecab->tagger = mecab_model_new_tagger(model);
    mecab->lattice = mecab_model_new_lattice(model);
    if (mecab->tagger == NULL || mecab->lattice == NULL) {
        *status = TAIYAKU_MECAB_DICTIONARY_FAILED;
        copy_message(message, capacity, mecab_strerror(NULL));
        taiyaku_mecab_close(mecab);
        return NULL;
    }
    return mecab;
}

void taiyaku_mecab_close(TaiyakuMeCab *mecab) {
    if (mecab == NULL) return;
    if (mecab->lattice) mecab_lattice_destroy(mecab->lattice);
    if (mecab->tagger) mecab_destroy(mecab->tagger);
    if (mecab->model) mecab_model_destroy(mecab->model);
    free(mecab->morphemes);
    free(mecab);
}

static int append(TaiyakuMeCab *mecab, TaiyakuMorpheme morpheme) {
    if (mecab->count == mecab->capacity) {
        int32_t capacity = mecab->capacity ? mecab->capacity * 2 : 64;
        TaiyakuMorpheme *grown = realloc(mecab->morphemes, sizeof(TaiyakuMorpheme) * (size_t)capacity);
        if (grown == NULL) return 0;
        mecab->morphemes = grown;
        mecab->capacity = capacity;
    }
    mecab->morphemes[mecab->count++] = morpheme;
    return 1;
}

int32_t taiyaku_mecab_analyse(TaiyakuMeCab *mecab, const char *text, int32_t length, int32_t *status) {
    *status = 0;
    mecab->count = 0;
    mecab_lattice_set_sentence2(mecab->lattice, text, (size_t)length);
    if (!mecab_parse_lattice(mecab->tagger, mecab->lattice)) {
        *status = TAIYAKU_MECAB_PARSE_FAILED;
        return 0;
    }
    for (const mecab_node_t *node = mecab_lattice_get_bos_node(mecab->lattice); node; node = node->next) {
        if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE) continue;
        int32_t begin = (int32_t)(node->surface - text);
        TaiyakuMorpheme best = {begin, node->length, node->stat == MECAB_UNK_NODE, 1, node->feature};
        if (!append(mecab, best)) {
            *status = TAIYAKU_MECAB_NO_MEMORY;
            return 0;
        }
        // Other entries over the same span (other readings of the same word) start where the lattice put the
        // node, before the white space MeCab skipped.
        size_t position = (size_t)(begin - (node->rlength - node->length));
        for (const mecab_node_t *other = mecab_lattice_get_begin_nodes(mecab->lattice, position); other;
             other = other->bnext) {
            if (other == node || other->length != node->length || other->stat == MECAB_UNK_NODE) continue;
            TaiyakuMorpheme alternative = {begin, other->length, 0, 0, other->feature};
            if (!append(mecab, alternative)) {
                *status = TAIYAKU_MECAB_NO_MEMORY;
                return 0;
            }
        }
    }
    return mecab->count;
}

TaiyakuMorpheme taiyaku_mecab_morpheme(const TaiyakuMeCab *mecab, int32_t index) {
    return mecab->morphemes[index];
}

const char *taiyaku_mecab_error(TaiyakuMeCab *mecab) {
    const char *lattice = mecab_lattice_strerror(mecab->lattice);
    if (lattice && *lattice) return lattice;
    return mecab_strerror(mecab->tagger);
}
