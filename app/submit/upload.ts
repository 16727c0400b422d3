import type { SubmissionResponse } from '@/lib/validation/submission-limits';

export type UploadProgress = { phase: 'uploading'; percent: number } | { phase: 'processing' };

/**
 * Posts the form with XMLHttpRequest rather than fetch: only XHR reports upload progress, and a
 * class on a school network wants to see that a 60 MB upload is moving.
 */
export function uploadSubmission(
  body: FormData,
  onProgress: (p: UploadProgress) => void,
): Promise<{ status: number; response: SubmissionResponse | null }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/submissions');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable)
        onProgress({ phase: 'uploading', percent: Math.floor((e.loaded / e.total) * 100) });
    };
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onload = () =>
      resolve({ status: xhr.status, response: xhr.response as SubmissionResponse | null });
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new Error('network'));
    xhr.send(body);
  });
}
