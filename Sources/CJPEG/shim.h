#pragma once
#include <stdio.h>
#include <stddef.h>
#include <string.h>
#include <setjmp.h>
#include <jpeglib.h>
#include <jerror.h>

/*
 * libjpeg reports errors by calling error_exit, whose default calls exit(). The usual cure is
 * setjmp/longjmp, which must never cross Swift frames. These helpers keep the whole
 * decompression, and every longjmp, inside C: Swift gets a status code and a message.
 */

/** Status codes the helpers return. */
enum {
    QM_JPEG_OK = 0,
    QM_JPEG_CORRUPT = 1,     /* libjpeg refused the data; the message says why */
    QM_JPEG_TRUNCATED = 2,   /* the data ends before the last scan line */
    QM_JPEG_TOO_SMALL = 3    /* the caller's buffer cannot hold width * height bytes */
};

typedef struct qm_jpeg_error {
    struct jpeg_error_mgr base;
    jmp_buf jump;
    int truncated;
    char message[JMSG_LENGTH_MAX];
} qm_jpeg_error;

static void qm_jpeg_error_exit(j_common_ptr cinfo) {
    qm_jpeg_error *error = (qm_jpeg_error *)cinfo->err;
    (*cinfo->err->format_message)(cinfo, error->message);
    longjmp(error->jump, 1);
}

/* Warnings stay silent (the default prints to stderr); a premature end is remembered. */
static void qm_jpeg_emit_message(j_common_ptr cinfo, int level) {
    qm_jpeg_error *error = (qm_jpeg_error *)cinfo->err;
    if (level < 0 && cinfo->err->msg_code == JWRN_JPEG_EOF) {
        error->truncated = 1;
        (*cinfo->err->format_message)(cinfo, error->message);
    }
}

static void qm_jpeg_copy_message(const qm_jpeg_error *error, char *message, size_t capacity) {
    if (message == NULL || capacity == 0) return;
    strncpy(message, error->message, capacity - 1);
    message[capacity - 1] = '\0';
}

/**
 * Decodes the JPEG in data[0..<size] to 8-bit luminance. With pixels == NULL only the header
 * is read and width/height are set. Otherwise pixels must hold capacity >= width * height
 * bytes. On failure the message (capacity message_capacity) says what libjpeg objected to.
 */
static inline int qm_jpeg_decode_gray(const unsigned char *data, unsigned long size,
                                      unsigned char *pixels, size_t capacity,
                                      int *width, int *height,
                                      char *message, size_t message_capacity) {
    struct jpeg_decompress_struct cinfo;
    qm_jpeg_error error;
    memset(&error, 0, sizeof error);
    cinfo.err = jpeg_std_error(&error.base);
    error.base.error_exit = qm_jpeg_error_exit;
    error.base.emit_message = qm_jpeg_emit_message;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&cinfo);
        qm_jpeg_copy_message(&error, message, message_capacity);
        return QM_JPEG_CORRUPT;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, data, size);
    jpeg_read_header(&cinfo, TRUE);
    *width = (int)cinfo.image_width;
    *height = (int)cinfo.image_height;
    if (pixels == NULL) {
        jpeg_destroy_decompress(&cinfo);
        return QM_JPEG_OK;
    }
    if ((size_t)cinfo.image_width * (size_t)cinfo.image_height > capacity) {
        jpeg_destroy_decompress(&cinfo);
        return QM_JPEG_TOO_SMALL;
    }
    /* libjpeg converts YCbCr and gray to luminance itself; CMYK it refuses (a clear error). */
    cinfo.out_color_space = JCS_GRAYSCALE;
    jpeg_start_decompress(&cinfo);
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW row = pixels + (size_t)cinfo.output_scanline * cinfo.output_width;
        jpeg_read_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    if (error.truncated) {
        qm_jpeg_copy_message(&error, message, message_capacity);
        return QM_JPEG_TRUNCATED;
    }
    return QM_JPEG_OK;
}
