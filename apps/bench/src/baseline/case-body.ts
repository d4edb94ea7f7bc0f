/** The one body both servers receive in the submission benchmark (an e-Lorong pothole in Pamekasan town). */
export function submissionBody(categoryId: string) {
  return {
    service: 'lorong',
    categoryId,
    title: 'Jalan berlubang di depan pasar Kolpajung',
    description:
      'Lubang selebar hampir satu meter di lajur kiri, sudah dua pengendara motor jatuh minggu ini. Mohon segera ditambal sebelum musim hujan.',
    attributes: { ukuran: 'besar' },
    location: {
      point: { lat: -7.1581, lng: 113.4792 },
      villageCode: '35.28.04.1012',
      address: 'Jl. Jokotole',
    },
    roadStatus: 'kabupaten',
    severity: 'berat',
    anonim: false,
    rahasia: false,
  };
}
